using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Corpus.Reading;
using StatementBot.Indexing;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;

namespace StatementBot.Hosting;

/// <summary>
/// Keeps a running bot's index current: watches the corpus folders, and once changes have gone quiet (or at each
/// rescan) updates the index with what changed and switches the searchers to it (<see cref="StatementIndex.Refresh"/>,
/// which raises <c>Refreshed</c>); then recomputes the statistics and switches again. One update at a time, on this
/// service's own thread: searches go on against the index in use meanwhile. A failure is logged on one line and
/// tried again at the next change or rescan; it never stops the bot.
/// </summary>
public sealed class CorpusWatcher(
    IndexSettings settings,
    StatementIndex index,
    IOptions<CorpusWatchOptions> options,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : BackgroundService
{
    private readonly QuietTrigger _trigger = new(options.Value.Quiet, options.Value.Rescan, time);
    private readonly IndexUpdater _updater = new(settings.IndexDirectory);
    private readonly List<FileSystemWatcher> _watchers = [];
    private CancellationTokenSource? _statistics;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Watch();
        logger.LogInformation("Watching {Folders} for changes to index", string.Join(", ", settings.CorpusRoots));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _trigger.WaitAsync(stoppingToken);
                await Task.Run(() => UpdateOnce(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void UpdateOnce(CancellationToken stoppingToken)
    {
        try
        {
            if (IndexFreshness.Check(settings.IndexDirectory, settings.CorpusRoots) is IndexStatus.Fresh { Manifest.StatisticsPending: false })
            {
                return;
            }

            if (_updater.Update(settings.CorpusRoots, stoppingToken) is not { } update)
            {
                logger.LogWarning("The corpus changed but the index cannot be updated in place; run `statementbot index --rebuild`");
                return;
            }

            if (index.Refresh())
            {
                logger.LogInformation("{Update}", UpdateReport.Line(update));
            }

            RefreshStatistics(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One line: the next change or rescan tries again (a file that could not be read is read again then).
            logger.LogWarning("Could not update the index from the corpus: {Reason}", SkippedFile.OneLine($"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>Recomputes the statistics unless a new change arrives first (that change's update comes first, then its own).</summary>
    private void RefreshStatistics(CancellationToken stoppingToken)
    {
        using var statistics = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Volatile.Write(ref _statistics, statistics);
        try
        {
            if (_updater.RefreshStatistics(settings.CorpusRoots, statistics.Token) && index.Refresh())
            {
                logger.LogInformation("Recomputed the speakers' distinctive terms and the corpus's phrases");
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // A newer change came in; its update runs first.
        }
        finally
        {
            Volatile.Write(ref _statistics, null);
        }
    }

    private void Watch()
    {
        foreach (var root in settings.CorpusRoots)
        {
            var folder = Directory.Exists(root) ? root : Path.GetDirectoryName(root);
            if (folder is null || !Directory.Exists(folder))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = Directory.Exists(root),
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            if (!Directory.Exists(root))
            {
                watcher.Filter = Path.GetFileName(root);
            }

            watcher.Created += (_, _) => Changed();
            watcher.Changed += (_, _) => Changed();
            watcher.Deleted += (_, _) => Changed();
            watcher.Renamed += (_, _) => Changed();
            // A full event buffer loses events: look at everything.
            watcher.Error += (_, _) => Changed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Changed()
    {
        _trigger.Notify();
        try
        {
            Volatile.Read(ref _statistics)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The statistics just finished.
        }
    }

    public override void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        base.Dispose();
    }
}
