using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StatementBot.Benchmarks.Http;
using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Queries;
using StatementBot.Benchmarks.Reporting;
using StatementBot.Benchmarks.Synthetic;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Freshness;

namespace StatementBot.Benchmarks;

/// <summary>
/// Runs the whole benchmark: the loaded corpus (build, start-up, serving memory, latencies, FTS5 baseline), then each
/// synthetic size (the growth curve), then the HTTP-interactions figure when an endpoint is supplied, and checks the
/// targets. Everything is built under the work folder, which is removed at the end.
/// </summary>
public sealed class BenchRunner(BenchOptions options, Action<string>? status = null)
{
    public async Task<BenchOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = status ?? (_ => { });
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = LoadAverage.Now();
        var work = Path.Combine(options.WorkFolder, "bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var bench = new CorpusBench(options, report);
            SyntheticCorpus? generator = null;
            var name = string.Join(", ", options.CorpusRoots.Select(r => Path.GetRelativePath(Environment.CurrentDirectory, r)));
            var corpus = bench.Measure(
                name,
                Path.Combine(work, "corpus"),
                () =>
                {
                    var read = Stopwatch.StartNew();
                    var snapshot = CorpusSnapshot.Take(options.CorpusRoots);
                    var load = new CorpusLoader().Load(options.CorpusRoots, cancellationToken: cancellationToken);
                    return (load, snapshot, read.Elapsed.TotalSeconds);
                },
                options.Queries,
                synthetic: false,
                beforeRelease: load =>
                {
                    if (options.SyntheticSizes.Count > 0)
                    {
                        report("Learning the synthetic generator's words from the corpus…");
                        generator = new SyntheticCorpus(load.Documents.SelectMany(d => d.Statements).ToArray());
                    }
                });

            var growth = new List<CorpusFigures>();
            foreach (var size in options.SyntheticSizes.Where(s => s > 0).Distinct().Order())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (generator is not { CanGenerate: true } source)
                {
                    report("No synthetic corpus: the loaded corpus has no statements to learn words from.");
                    break;
                }

                growth.Add(bench.Measure(
                    $"synthetic {SizeText.Format(size)} (seed {options.Seed})",
                    Path.Combine(work, $"synthetic-{size}"),
                    () =>
                    {
                        var made = Stopwatch.StartNew();
                        var load = source.Generate(size, options.Seed);
                        return (load, SyntheticCorpus.Snapshot(size, options.Seed), made.Elapsed.TotalSeconds);
                    },
                    SyntheticQueries.Rewrite(options.Queries, source.Speakers),
                    synthetic: true));
            }

            LatencyStats? http = null;
            var httpNote = "not measured: no HTTP-interactions endpoint is wired into the benchmark yet (IHttpInteractionsTarget)";
            if (options.Http is { } target)
            {
                // /quote is what the target is about and what a channel asks most; /compare costs ten /quotes, and with
                // 32 in flight on two cores it would set the tail by queueing alone.
                var quotes = options.Queries.Of("quote");
                report($"Timing HTTP interactions ({target.Description}) at {HttpInteractionsBench.Concurrency} concurrent /quote requests…");
                http = await HttpInteractionsBench.MeasureAsync(target, quotes, options.Passes, options.Runs, cancellationToken: cancellationToken);
                httpNote = $"{quotes.Count} /quote queries × {options.Passes}, median of {options.Runs} runs after a warm-up of at least "
                    + $"{HttpInteractionsBench.WarmUpPasses} passes and {HttpInteractionsBench.WarmUpTime.TotalSeconds:0} s; {target.Description}";
            }

            return new BenchOutcome(
                new BenchReport(
                    started,
                    clock.Elapsed.TotalSeconds,
                    MachineInfo.Current(),
                    loadBefore,
                    LoadAverage.Now(),
                    options.Queries.Source,
                    options.Queries.Queries.Count,
                    QuerySet.TimedCommands.ToDictionary(c => c, c => options.Queries.Of(c).Count),
                    options.Queries.Problems,
                    options.Runs,
                    options.Passes,
                    options.Callers,
                    corpus,
                    growth,
                    http,
                    httpNote,
                    Targets.Check(corpus, http))
                {
                    Updates = await Updating.UpdateBench.MeasureAsync(options.CorpusRoots, Path.Combine(work, "updates"), Math.Max(5, options.Runs), options.Watch, report, cancellationToken),
                },
                null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            return new BenchOutcome(null, $"The benchmark stopped: {e.Message}");
        }
        finally
        {
            DeleteQuietly(work);
        }
    }

    private static void DeleteQuietly(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temporary-file cleanup; the figures are already taken.
        }
    }
}
