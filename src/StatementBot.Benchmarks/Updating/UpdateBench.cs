using System.Diagnostics;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;

namespace StatementBot.Benchmarks.Updating;

/// <summary>
/// The update rows: on a copy of the corpus, built once in full, one file after another is changed (cut to its first
/// 90 % of lines) and updated, then put back and updated again, each timed; then a file is taken out and dropped back
/// into the watched folder, timed until a search finds its first statement.
/// </summary>
public static class UpdateBench
{
    private const double KeptShare = 0.9;
    private static readonly TimeSpan DropLimit = TimeSpan.FromSeconds(30);

    /// <param name="watch">Starts the bot's corpus watcher over (corpus folders, index folder, open index); null leaves the drop row out.</param>
    public static async Task<UpdateFigures> MeasureAsync(
        IReadOnlyList<string> roots,
        string work,
        int runs,
        Func<IReadOnlyList<string>, string, StatementIndex, Task<IAsyncDisposable>>? watch,
        Action<string> report,
        CancellationToken cancellationToken)
    {
        var corpus = CorpusCopy.Create(roots, Path.Combine(work, "corpus"));
        var index = Path.Combine(work, "index");
        report("Update rows: building a copy of the corpus in full first…");
        var snapshot = CorpusSnapshot.Take([corpus]);
        var load = new CorpusLoader().Load([corpus], cancellationToken: cancellationToken);
        new IndexBuilder(index).Build(load, snapshot, cancellationToken: cancellationToken);
        var documents = load.Documents.Where(d => d.Statements.Count > 0).Select(d => d.Document.Info.Path).ToArray();
        var picks = Enumerable.Range(0, Math.Min(runs, documents.Length)).Select(i => documents[(i * 7919 + documents.Length / 3) % documents.Length]).Distinct().ToArray();
        var originals = Path.Combine(work, "originals");
        Directory.CreateDirectory(originals);

        var updater = new IndexUpdater(index);
        var times = new List<(double Seconds, IndexUpdate Update)>();
        double? first = null;
        foreach (var (path, i) in picks.Select((p, i) => (p, i)))
        {
            var original = Path.Combine(originals, i + Path.GetExtension(path));
            File.Copy(path, original);
            CorpusCopy.Shorten(path, KeptShare);
            var changed = updater.Update([corpus], cancellationToken)!;
            CorpusCopy.Restore(original, path);
            var restored = updater.Update([corpus], cancellationToken)!;
            if (first is null)
            {
                // The first update of a process reads every kept extraction from the disk.
                first = changed.Elapsed.TotalSeconds;
                times.Add((restored.Elapsed.TotalSeconds, restored));
            }
            else
            {
                times.Add((changed.Elapsed.TotalSeconds, changed));
                times.Add((restored.Elapsed.TotalSeconds, restored));
            }
        }

        var statistics = Stopwatch.StartNew();
        updater.RefreshStatistics([corpus], cancellationToken);
        var statisticsSeconds = statistics.Elapsed.TotalSeconds;
        var median = times.OrderBy(t => t.Seconds).ElementAt(times.Count / 2).Update;
        var steps = string.Join(", ", median.Steps.Select(s => $"{s.Step} {s.Took.TotalMilliseconds:0} ms"));

        if (watch is null || picks.Length == 0)
        {
            return new UpdateFigures(documents.Length, first ?? 0, times.Select(t => t.Seconds).ToArray(), steps, statisticsSeconds, [], "no corpus watcher wired in");
        }

        report("Update rows: dropping files into the watched copy…");
        var drops = new List<double>();
        using var open = StatementIndex.Open(index);
        var searcher = new StatementSearcher(open);
        await using (await watch([corpus], index, open))
        {
            foreach (var (path, i) in picks.Select((p, i) => (p, i)))
            {
                var original = Path.Combine(originals, i + Path.GetExtension(path));
                var id = StatementId.For(CorpusFolder.Key(path, [corpus]), load.Documents.First(d => d.Document.Info.Path == path).Statements[0].Position);
                File.Delete(path);
                await Until(() => searcher.Get(id) is null, cancellationToken);
                var dropped = Stopwatch.StartNew();
                CorpusCopy.Restore(original, path);
                drops.Add(await Until(() => searcher.Get(id) is not null, cancellationToken) ? dropped.Elapsed.TotalSeconds : double.NaN);
            }
        }

        return new UpdateFigures(documents.Length, first ?? 0, times.Select(t => t.Seconds).ToArray(), steps, statisticsSeconds, drops, null);
    }

    private static async Task<bool> Until(Func<bool> condition, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > DropLimit)
            {
                return false;
            }

            await Task.Delay(10, cancellationToken);
        }

        return true;
    }
}
