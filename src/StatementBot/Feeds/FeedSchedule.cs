namespace StatementBot.Feeds;

/// <summary>
/// When each feed is next due: an interval after a good poll; after failures in a row, twice the interval per
/// failure (2, 4, 8, ... intervals) up to a cap, so a broken site is asked less and less often.
/// </summary>
public sealed class FeedSchedule(TimeSpan interval, TimeSpan maxBackoff)
{
    private readonly Dictionary<string, (DateTimeOffset Due, int Failures)> _feeds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The feeds due at <paramref name="now"/>; a feed never polled is due at once.</summary>
    public IReadOnlyList<string> Due(IEnumerable<string> feeds, DateTimeOffset now)
    {
        lock (_lock)
        {
            return feeds.Where(f => !_feeds.TryGetValue(f, out var s) || s.Due <= now).ToList();
        }
    }

    /// <summary>The earliest time a feed is due (now, for one never polled).</summary>
    public DateTimeOffset NextDue(IEnumerable<string> feeds, DateTimeOffset now)
    {
        lock (_lock)
        {
            return feeds.Select(f => _feeds.TryGetValue(f, out var s) ? s.Due : now).DefaultIfEmpty(now + interval).Min();
        }
    }

    public void Succeeded(string feed, DateTimeOffset now)
    {
        lock (_lock)
        {
            _feeds[feed] = (now + interval, 0);
        }
    }

    /// <returns>How long until the feed is tried again.</returns>
    public TimeSpan Failed(string feed, DateTimeOffset now)
    {
        lock (_lock)
        {
            var failures = (_feeds.TryGetValue(feed, out var s) ? s.Failures : 0) + 1;
            var wait = TimeSpan.FromTicks((long)Math.Min(maxBackoff.Ticks, interval.Ticks * Math.Pow(2, failures)));
            _feeds[feed] = (now + wait, failures);
            return wait;
        }
    }
}
