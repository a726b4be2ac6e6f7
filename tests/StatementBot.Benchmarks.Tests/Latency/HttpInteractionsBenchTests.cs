using StatementBot.Benchmarks.Http;
using StatementBot.Benchmarks.Queries;
using StatementBot.Commands.Routing;

namespace StatementBot.Benchmarks.Tests.Latency;

public sealed class HttpInteractionsBenchTests
{
    private static readonly BenchQuery[] Queries = Enumerable.Range(1, 40)
        .Select(i => new BenchQuery(i, $"/quote text:example {i}", new CommandRequest("quote", new Dictionary<string, string> { ["text"] = $"example {i}" })))
        .ToArray();

    /// <summary>Slow for its first requests (as a server is before its code is compiled to the final tier), fast after.</summary>
    private sealed class ColdThenWarmTarget(int coldRequests) : IHttpInteractionsTarget
    {
        private int _sent;

        public int Sent => _sent;

        public string Description => "fake";

        public async Task SendAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sent) <= coldRequests)
            {
                await Task.Delay(40, cancellationToken);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Measure_WarmsUpFirst_SoColdRequestsAreNotInTheFigures()
    {
        var target = new ColdThenWarmTarget(coldRequests: Queries.Length * 2);

        var stats = await HttpInteractionsBench.MeasureAsync(target, Queries, passes: 2, runs: 3, warmUp: TimeSpan.Zero);

        Assert.True(stats.P99 < 40, $"p99 {stats.P99} ms includes the cold requests");
        Assert.Equal(3 * 2 * Queries.Length, stats.Count);
        Assert.Equal((HttpInteractionsBench.WarmUpPasses + 3 * 2) * Queries.Length, target.Sent);
    }

    [Fact]
    public async Task Measure_WithoutWarmUpTime_StillSendsTheMinimumPasses()
    {
        var target = new ColdThenWarmTarget(coldRequests: 0);

        await HttpInteractionsBench.MeasureAsync(target, Queries, passes: 1, runs: 1, warmUp: TimeSpan.Zero);

        Assert.Equal((HttpInteractionsBench.WarmUpPasses + 1) * Queries.Length, target.Sent);
    }
}
