using Microsoft.Extensions.Logging;

namespace StatementBot.Feeds;

/// <summary>
/// Polls feeds and saves each new item's page into the corpus (see <see cref="FeedItemWriter"/>). Feeds are polled
/// side by side, yet one source is never asked twice at once; an item already saved is never fetched again; a bad
/// feed or page is one log line and the others go on. It does not index: whoever indexes new corpus files listens
/// to <see cref="ItemsSaved"/>.
/// </summary>
public sealed class FeedPoller
{
    private readonly FeedFetcher _fetcher;
    private readonly FeedOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedPoller> _logger;
    private readonly FeedItemWriter _writer;
    private readonly FeedSchedule _schedule;
    private readonly SemaphoreSlim _stateLock = new(1, 1);
    private FeedState? _state;

    public FeedPoller(FeedFetcher fetcher, FeedOptions options, TimeProvider time, ILogger<FeedPoller> logger)
    {
        _fetcher = fetcher;
        _options = options;
        _time = time;
        _logger = logger;
        _writer = new FeedItemWriter(options.Folder ?? throw new ArgumentException("FeedOptions.Folder is not set.", nameof(options)));
        _schedule = new FeedSchedule(options.Interval, options.MaxBackoff);
    }

    /// <summary>
    /// Raised after a poll saved new items, with their files (already whole in the corpus folder). The hook for
    /// indexing them; a listener that throws is logged and does not stop polling.
    /// </summary>
    public event Action<IReadOnlyList<SavedFeedItem>>? ItemsSaved;

    public string Folder => _writer.Folder;

    /// <summary>When the next feed is due (for the polling loop).</summary>
    public DateTimeOffset NextDue => _schedule.NextDue(_options.Urls, _time.GetUtcNow());

    /// <summary>Polls the feeds that are due (never polled, interval passed, or backoff over).</summary>
    public Task<IReadOnlyList<FeedResult>> PollDueAsync(CancellationToken cancellation) =>
        PollAsync(_schedule.Due(_options.Urls, _time.GetUtcNow()), cancellation);

    /// <summary>Polls every configured feed once, due or not.</summary>
    public Task<IReadOnlyList<FeedResult>> PollAllAsync(CancellationToken cancellation) => PollAsync(_options.Urls, cancellation);

    private async Task<IReadOnlyList<FeedResult>> PollAsync(IReadOnlyList<string> feeds, CancellationToken cancellation)
    {
        var results = await Task.WhenAll(feeds.Select(feed => PollOneAsync(feed, cancellation)));
        var saved = results.SelectMany(r => r.Saved).ToList();
        if (saved.Count > 0)
        {
            Announce(saved);
        }

        return results;
    }

    private async Task<FeedResult> PollOneAsync(string feed, CancellationToken cancellation)
    {
        var url = new Uri(feed);
        FeedValidators? known = null;
        await WithStateAsync(s => known = s.Feeds.GetValueOrDefault(feed), cancellation, save: false);
        var response = await _fetcher.GetAsync(url, known, _options.RequestTimeout, cancellation);
        if (response.NotModified)
        {
            _schedule.Succeeded(feed, _time.GetUtcNow());
            return new FeedResult(feed, FeedOutcome.NotModified, [], []);
        }

        if (response.Body is null || FeedParser.Parse(response.Body, url, out var problem) is not { } items)
        {
            return Failed(feed, response.Problem ?? (response.Body is null ? "no body" : ParseProblem(response.Body, url)));
        }

        IReadOnlyList<FeedItem> fresh = [];
        await WithStateAsync(s => fresh = items.Where(i => !s.Has(i)).ToList(), cancellation, save: false);
        var saved = new List<SavedFeedItem>();
        var problems = new List<string>();
        foreach (var item in fresh)
        {
            var (file, pageProblem) = await SaveAsync(item, cancellation);
            if (file is not null)
            {
                saved.Add(file);
            }
            else if (pageProblem is not null)
            {
                problems.Add(pageProblem);
            }
        }

        // Validators are kept only when every new item was saved: a page that failed is tried again next time.
        if (problems.Count == 0 && response.Validators is { } validators)
        {
            await WithStateAsync(s => s.Feeds[feed] = validators, cancellation);
        }

        _schedule.Succeeded(feed, _time.GetUtcNow());
        return new FeedResult(feed, saved.Count > 0 ? FeedOutcome.Saved : FeedOutcome.NothingNew, saved, problems);
    }

    /// <returns>The saved item; or null with a problem (logged), or null without one when another feed saved it first.</returns>
    private async Task<(SavedFeedItem? Saved, string? Problem)> SaveAsync(FeedItem item, CancellationToken cancellation)
    {
        if (item.Link is not { } link)
        {
            _logger.LogWarning("Feed item {Item} has no link to fetch; skipped", item.Key);
            return (null, $"item {item.Key} has no link");
        }

        var page = await _fetcher.GetAsync(new Uri(link), null, _options.RequestTimeout, cancellation);
        if (page.Body is null)
        {
            var problem = $"page {link}: {page.Problem ?? "no body"}";
            _logger.LogWarning("Feed item page {Url} could not be fetched: {Problem}", link, page.Problem ?? "no body");
            return (null, problem);
        }

        SavedFeedItem? saved = null;
        await WithStateAsync(s =>
        {
            // Saved while this poll fetched it (two feeds listing one page): keep the first copy.
            if (!s.Has(item))
            {
                var path = _writer.Save(item, page.Body);
                s.Remember(item, Path.GetFileName(path));
                saved = new SavedFeedItem(path, link, item.Title, item.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null);
            }
        }, cancellation);
        return (saved, null);
    }

    private FeedResult Failed(string feed, string problem)
    {
        var wait = _schedule.Failed(feed, _time.GetUtcNow());
        _logger.LogWarning("Feed {Feed} failed: {Problem}; next try in {Wait}", feed, problem, wait);
        return new FeedResult(feed, FeedOutcome.Failed, [], [problem]);
    }

    private static string ParseProblem(byte[] body, Uri url)
    {
        FeedParser.Parse(body, url, out var problem);
        return problem;
    }

    private void Announce(IReadOnlyList<SavedFeedItem> saved)
    {
        foreach (var listener in ItemsSaved?.GetInvocationList().Cast<Action<IReadOnlyList<SavedFeedItem>>>() ?? [])
        {
            try
            {
                listener(saved);
            }
            catch (Exception e)
            {
                _logger.LogError("An ItemsSaved listener failed: {Error}", e.Message);
            }
        }
    }

    /// <summary>Runs <paramref name="change"/> on the state alone, then saves it; the state is read from disk once.</summary>
    private async Task WithStateAsync(Action<FeedState> change, CancellationToken cancellation, bool save = true)
    {
        await _stateLock.WaitAsync(cancellation);
        try
        {
            Directory.CreateDirectory(_writer.Folder);
            _state ??= FeedState.Load(_writer.Folder);
            change(_state);
            if (save)
            {
                _state.Save(_writer.Folder);
            }
        }
        finally
        {
            _stateLock.Release();
        }
    }
}

/// <summary>A page saved from a feed: the corpus file, the URL it came from, the item's title and date.</summary>
public sealed record SavedFeedItem(string Path, string Url, string Title, DateOnly? Date);

public enum FeedOutcome
{
    Saved,
    NothingNew,
    NotModified,
    Failed,
}

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedResult(string Feed, FeedOutcome Outcome, IReadOnlyList<SavedFeedItem> Saved, IReadOnlyList<string> Problems);
