namespace StatementBot.Commands.Cooldowns;

/// <summary>
/// One caller's allowance: up to <see cref="CooldownPolicy.Burst"/> tokens, refilled continuously at one per
/// <see cref="CooldownPolicy.Refill"/> from the times it is given (so tests drive it with a clock of their own).
/// </summary>
internal sealed class TokenBucket(CooldownPolicy policy)
{
    private readonly Lock _lock = new();
    private double _tokens = policy.Burst;
    private DateTimeOffset? _updated;

    /// <summary>Takes a token: null when there was one, otherwise how long until there is.</summary>
    public TimeSpan? TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            Refill(now);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return null;
            }

            return policy.Refill * (1 - _tokens);
        }
    }

    /// <summary>Whether the bucket has refilled completely by <paramref name="now"/> (its caller is idle and need not be remembered).</summary>
    public bool IsFull(DateTimeOffset now)
    {
        lock (_lock)
        {
            Refill(now);
            return _tokens >= policy.Burst;
        }
    }

    private void Refill(DateTimeOffset now)
    {
        if (_updated is { } then && now > then)
        {
            _tokens = Math.Min(policy.Burst, _tokens + (now - then) / policy.Refill);
        }

        if (_updated is null || now > _updated)
        {
            _updated = now;
        }
    }
}
