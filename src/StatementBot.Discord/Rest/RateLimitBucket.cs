namespace StatementBot.Discord.Rest;

/// <summary>
/// What Discord last said about one bucket: requests left and when the window resets. Requests through a bucket
/// go one at a time (<see cref="Gate"/>), so the count read before a request is the count Discord will apply.
/// </summary>
public sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When a request last went through; idle buckets (one per interaction token) are swept.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>How long to wait before the next request may go; zero when it may go now.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining is 0 && now < _resetAt)
            {
                return _resetAt - now;
            }

            return TimeSpan.Zero;
        }
    }

    public void Update(int? remaining, DateTimeOffset? resetAt)
    {
        lock (_lock)
        {
            _remaining = remaining ?? _remaining;
            _resetAt = resetAt ?? _resetAt;
        }
    }

    /// <summary>A 429 on this bucket: nothing left until <paramref name="resetAt"/>.</summary>
    public void Exhaust(DateTimeOffset resetAt) => Update(0, resetAt);
}
