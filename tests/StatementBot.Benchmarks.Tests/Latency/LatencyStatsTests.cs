using StatementBot.Benchmarks.Latency;

namespace StatementBot.Benchmarks.Tests.Latency;

public sealed class LatencyStatsTests
{
    [Fact]
    public void From_OneToHundred_GivesNearestRankPercentilesAndThroughput()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray(), TimeSpan.FromSeconds(2));

        Assert.Equal((100, 50.0, 95.0, 99.0, 100.0, 50.5, 50.0), (stats.Count, stats.P50, stats.P95, stats.P99, stats.Max, stats.Mean, stats.QueriesPerSecond));
    }

    [Fact]
    public void Median_ThreeRuns_TakesTheMiddleOfEachFigure()
    {
        var runs = new[]
        {
            new LatencyStats(10, 1, 5, 9, 12, 2, 100),
            new LatencyStats(10, 3, 4, 7, 30, 4, 300),
            new LatencyStats(10, 2, 6, 8, 11, 3, 200),
        };

        Assert.Equal(new LatencyStats(30, 2, 5, 8, 30, 3, 200), LatencyStats.Median(runs));
    }

    [Fact]
    public void Measure_EightCallers_TimesEveryCallOfEveryCaller()
    {
        var calls = 0;
        var stats = new LatencyRunner(runs: 1, passes: 2).Measure(Enumerable.Range(0, 25).ToArray(), _ => Interlocked.Increment(ref calls), callers: 8);

        Assert.Equal(8 * 2 * 25, calls);
        Assert.Equal(8 * 2 * 25, stats.Count);
        Assert.True(stats.QueriesPerSecond > 0);
    }
}
