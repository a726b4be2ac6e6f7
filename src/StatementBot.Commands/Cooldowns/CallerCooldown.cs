using System.Collections.Concurrent;

namespace StatementBot.Commands.Cooldowns;

/// <summary>
/// Rations heavy commands per caller, so one user sending search after search waits while everyone else is answered:
/// each caller has a <see cref="TokenBucket"/> of their own, on the injected clock. Callers whose allowance has come
/// back in full are forgotten from time to time, so the table does not grow with every user ever seen. Thread-safe.
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting's <c>TokenBucketRateLimiter</c> was the first choice, but it replenishes from the
/// machine's stopwatch even with <c>AutoReplenishment</c> off, so a test's clock cannot drive it.
/// </remarks>
public sealed class CallerCooldown(TimeProvider clock, CooldownPolicy? policy = null)
{
    private const int ForgetEvery = 1024;

    private readonly CooldownPolicy _policy = policy ?? CooldownPolicy.Default;
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private int _calls;

    public CooldownPolicy Policy => _policy;

    /// <summary>Callers currently remembered (for tests and diagnostics).</summary>
    public int Tracked => _buckets.Count;

    /// <summary>Null when <paramref name="caller"/> may go ahead now (and counts it); otherwise how long until they may.</summary>
    public TimeSpan? TryEnter(string caller)
    {
        var now = clock.GetUtcNow();
        var wait = _buckets.GetOrAdd(caller, static (_, p) => new TokenBucket(p), _policy).TryTake(now);
        if (Interlocked.Increment(ref _calls) % ForgetEvery == 0)
        {
            Forget(now);
        }

        return wait;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var entry in _buckets)
        {
            if (entry.Value.IsFull(now))
            {
                _buckets.TryRemove(entry);
            }
        }
    }
}
