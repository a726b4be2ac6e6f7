using System.Diagnostics;
using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Queries;

namespace StatementBot.Benchmarks.Http;

/// <summary>
/// Times an <see cref="IHttpInteractionsTarget"/> end to end with <see cref="Concurrency"/> requests in flight:
/// the query set is sent <c>passes</c> times, each request timed from send to the end of its response.
/// </summary>
public static class HttpInteractionsBench
{
    public const int Concurrency = 32;

    public static async Task<LatencyStats> MeasureAsync(IHttpInteractionsTarget target, IReadOnlyList<BenchQuery> queries, int passes, CancellationToken cancellationToken = default)
    {
        var work = Enumerable.Range(0, Math.Max(1, passes)).SelectMany(_ => queries).ToArray();
        foreach (var query in queries)
        {
            await target.SendAsync(query.Request, cancellationToken);
        }

        var samples = new double[work.Length];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Length)
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
