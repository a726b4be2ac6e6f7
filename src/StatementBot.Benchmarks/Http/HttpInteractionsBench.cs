using System.Diagnostics;
using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Queries;

namespace StatementBot.Benchmarks.Http;

/// <summary>
/// Times an <see cref="IHttpInteractionsTarget"/> end to end with <see cref="Concurrency"/> requests in flight. As
/// the in-process rows are, it is measured warm: the query set is sent, at full concurrency, for at least
/// <see cref="WarmUpPasses"/> passes and <see cref="WarmUpTime"/> (the web server, the HTTP client and the signing
/// code are compiled to their final tier only after a few thousand requests), then <c>runs</c> times
/// <c>passes</c> passes, each request timed from send to the end of its response; the figures are the median run's.
/// Start-up is its own row.
/// </summary>
public static class HttpInteractionsBench
{
    public const int Concurrency = 32;

    public const int WarmUpPasses = 3;

    public static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(8);

    public static async Task<LatencyStats> MeasureAsync(
        IHttpInteractionsTarget target, IReadOnlyList<BenchQuery> queries, int passes, int runs = 1, TimeSpan? warmUp = null, CancellationToken cancellationToken = default)
    {
        if (queries.Count == 0)
        {
            return LatencyStats.Empty;
        }

        var work = Enumerable.Range(0, Math.Max(1, passes)).SelectMany(_ => queries).ToArray();
        var minimum = warmUp ?? WarmUpTime;
        var warming = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmUpPasses || warming.Elapsed < minimum; pass++)
        {
            await RunAsync(target, queries, cancellationToken);
        }

        var results = new List<LatencyStats>();
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            results.Add(await RunAsync(target, work, cancellationToken));
        }

        return LatencyStats.Median(results);
    }

    private static async Task<LatencyStats> RunAsync(IHttpInteractionsTarget target, IReadOnlyList<BenchQuery> work, CancellationToken cancellationToken)
    {
        var samples = new double[work.Count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Count)
            {
                var started = Stopwatch.GetTimestamp();
                await target.SendAsync(work[i].Request, cancellationToken);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        return LatencyStats.From(samples, wall.Elapsed);
    }
}
