using StatementBot.Search.Opening;
using StatementBot.Search.Watching;

namespace StatementBot.Commands.Watch;

/// <summary>
/// Posts new statements to the channels that watch for them, once each. A scan compares the statement ids in the
/// index in use with those the store has seen: the first run ever takes the index as it is (nothing posted); after
/// that, each statement not seen yet is matched against the watches that existed when the scan began (so a new watch
/// alerts only for what arrives after it), each watch's matches go out as one message, and the statements are marked
/// seen. The same files indexed again give the same ids, so a rebuild or restart posts nothing twice; statements
/// added while the bot was down are simply not seen yet when it starts.
/// </summary>
/// <remarks>
/// A delivery is recorded <em>after</em> its message is posted: a crash between the two posts that one message again
/// on the next start (its statements are not yet recorded for that watch), and nothing is ever lost. Recording first
/// would turn the same crash into an alert never sent, which nobody could notice.
/// </remarks>
public sealed class AlertDispatcher(StatementIndex index, WatchStore store, IAlertChannel channel, TimeProvider clock)
{
    /// <summary>New statements are loaded and matched this many at a time.</summary>
    private const int Batch = 256;

    private readonly WatchMatcher _matcher = new(index);
    private readonly SemaphoreSlim _scanning = new(1, 1);

    /// <summary>Raised after each scan, on the scanning thread.</summary>
    public event Action<AlertScan>? Scanned;

    public async Task<AlertScan> ScanAsync(CancellationToken cancellationToken)
    {
        await _scanning.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var scan = await RunAsync(cancellationToken).ConfigureAwait(false);
            Scanned?.Invoke(scan);
            return scan;
        }
        finally
        {
            _scanning.Release();
        }
    }

    private async Task<AlertScan> RunAsync(CancellationToken cancellationToken)
    {
        var ids = StatementIds.Read(index);
        if (!store.HasBaseline)
        {
            store.SetBaseline(ids, clock.GetUtcNow());
            return new AlertScan(ids.Count, ids.Count, true, 0, 0, 0, []);
        }

        var seen = store.Seen();
        var fresh = ids.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal).ToArray();
        if (fresh.Length == 0)
        {
            return new AlertScan(ids.Count, 0, false, 0, 0, 0, []);
        }

        var watches = store.All().ToDictionary(w => w.Id);
        var problems = _matcher.Set(watches.Values.Select(w => w.ToQuery()))
            .Select(r => $"Watch #{r.Watch.Id} (“{r.Watch.Text}”) cannot run: {r.Error.Message}")
            .ToList();
        var pending = Match(fresh, watches, cancellationToken);

        var (posted, refused, failed) = (0, 0, 0);
        var unfinished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alert in pending.Values.OrderBy(a => a.Watch.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reply = AlertReply.For(alert.Watch, alert.Shown, alert.Ids.Count);
            AlertOutcome outcome;
            try
            {
                outcome = await channel.PostAsync(alert.Watch.Channel, reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add($"Watch #{alert.Watch.Id}: posting failed ({e.GetType().Name}: {e.Message}); tried again next time.");
                outcome = AlertOutcome.Failed;
            }

            switch (outcome)
            {
                case AlertOutcome.Failed:
                    failed++;
                    unfinished.UnionWith(alert.Ids);
                    continue;
                case AlertOutcome.Refused:
                    refused++;
                    problems.Add($"Watch #{alert.Watch.Id}: channel {alert.Watch.Channel} does not take the bot's messages; its {alert.Ids.Count} alert(s) are dropped.");
                    break;
                default:
                    posted++;
                    break;
            }

            store.RecordDelivered(alert.Watch.Id, alert.Ids, clock.GetUtcNow());
        }

        store.AddSeen(fresh.Where(id => !unfinished.Contains(id)));
        return new AlertScan(ids.Count, fresh.Length, false, posted, refused, failed, problems);
    }

    /// <summary>Each watch's matches among <paramref name="fresh"/>, leaving out what it was already shown (before a crash).</summary>
    private Dictionary<long, PendingAlert> Match(IReadOnlyList<string> fresh, Dictionary<long, Watch> watches, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<long, PendingAlert>();
        foreach (var batch in fresh.Chunk(Batch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var matches = _matcher.Match(batch).SelectMany(s => s.Matches).GroupBy(m => m.WatchId);
            foreach (var group in matches)
            {
                if (!watches.TryGetValue(group.Key, out var watch))
                {
                    continue;
                }

                var delivered = store.DeliveredOf(watch.Id, group.Select(m => m.Statement.Id));
                foreach (var match in group.Where(m => !delivered.Contains(m.Statement.Id)))
                {
                    (pending.TryGetValue(watch.Id, out var alert) ? alert : pending[watch.Id] = new PendingAlert(watch)).Add(match);
                }
            }
        }

        return pending;
    }
}
