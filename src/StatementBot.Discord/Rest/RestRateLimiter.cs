using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace StatementBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits as the response headers describe them (rate-limits.mdx): buckets named by
/// <c>X-RateLimit-Bucket</c> and scoped by the top-level resource, <c>X-RateLimit-Remaining</c> /
/// <c>X-RateLimit-Reset-After</c> to wait before a bucket runs dry, and 429s (<c>retry_after</c>, global or
/// per-route). No limit is hard-coded.
/// </summary>
public sealed class RestRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private const int SweepThreshold = 5000;
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(20);

    private long _globalResetTicks;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Waits until <paramref name="route"/>'s bucket (and the global limit, unless exempt) lets a request go.</summary>
    /// <returns>A lease to dispose when the response has been read and <see cref="Update"/> called.</returns>
    public async Task<IDisposable> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = Now;
                var wait = bucket.WaitTime(now);
                if (!route.ExemptFromGlobalLimit)
                {
                    var global = new DateTimeOffset(Interlocked.Read(ref _globalResetTicks), TimeSpan.Zero) - now;
                    wait = global > wait ? global : wait;
                }

                if (wait <= TimeSpan.Zero)
                {
                    return new Lease(bucket.Gate);
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Records what the response headers say about the route's bucket.</summary>
    public void Update(RestRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketOfRoute[route.RouteKey] = hash + "|" + route.MajorParameter;
        }

        var remaining = Header(headers, "X-RateLimit-Remaining") is { } r &&
            int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : (int?)null;
        var resetAfter = Seconds(Header(headers, "X-RateLimit-Reset-After"));
        if (remaining is not null || resetAfter is not null)
        {
            BucketFor(route).Update(remaining, resetAfter is { } after ? Now + after : null);
        }
    }

    /// <summary>
    /// Records a 429 and says how long to wait before retrying: <paramref name="retryAfter"/> from the body (or
    /// the <c>Retry-After</c> header), applied to every route when the limit is global, else to this bucket.
    /// </summary>
    public TimeSpan OnRateLimited(RestRoute route, HttpResponseHeaders headers, double? retryAfter, bool global)
    {
        var wait = retryAfter is { } seconds && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : Seconds(Header(headers, "Retry-After")) ?? TimeSpan.FromSeconds(1);
        var isGlobal = global || string.Equals(Header(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var resetAt = Now + wait;
        if (isGlobal && !route.ExemptFromGlobalLimit)
        {
            Interlocked.Exchange(ref _globalResetTicks, Math.Max(Interlocked.Read(ref _globalResetTicks), resetAt.UtcTicks));
        }
        else
        {
            BucketFor(route).Exhaust(resetAt);
        }

        return wait;
    }

    private RateLimitBucket BucketFor(RestRoute route)
    {
        if (_buckets.Count > SweepThreshold)
        {
            Sweep();
        }

        var key = _bucketOfRoute.TryGetValue(route.RouteKey, out var named) ? named : route.RouteKey;
        var bucket = _buckets.GetOrAdd(key, _ => new RateLimitBucket());
        bucket.LastUsed = Now;
        return bucket;
    }

    // Interaction and webhook routes make one bucket per interaction; forget those nobody used for a while.
    private void Sweep()
    {
        var cutoff = Now - IdleBucketLifetime;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.LastUsed < cutoff && bucket.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(key, out _);
            }
        }

        foreach (var (route, bucketKey) in _bucketOfRoute)
        {
            if (!_buckets.ContainsKey(bucketKey))
            {
                _bucketOfRoute.TryRemove(route, out _);
            }
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
