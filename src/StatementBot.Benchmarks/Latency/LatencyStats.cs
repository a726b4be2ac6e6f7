namespace StatementBot.Benchmarks.Latency;

/// <summary>Latency percentiles in milliseconds over <see cref="Count"/> timed calls, and the calls per second achieved.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max, double Mean, double QueriesPerSecond)
{
    public static LatencyStats Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Nearest-rank percentiles of <paramref name="milliseconds"/>; <paramref name="wall"/> gives the throughput.</summary>
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds, TimeSpan wall)
    {
        if (milliseconds.Count == 0)
        {
            return Empty;
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(
            sorted.Length,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted[^1],
            sorted.Average(),
            wall > TimeSpan.Zero ? sorted.Length / wall.TotalSeconds : 0);
    }

    /// <summary>The run whose p50 is the median of the runs, with p95/p99/throughput as the medians of theirs.</summary>
    public static LatencyStats Median(IReadOnlyList<LatencyStats> runs)
    {
        if (runs.Count == 0)
        {
            return Empty;
        }

        static double Mid(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        return new LatencyStats(
            runs.Sum(r => r.Count),
            Mid(runs.Select(r => r.P50)),
            Mid(runs.Select(r => r.P95)),
            Mid(runs.Select(r => r.P99)),
            runs.Max(r => r.Max),
            Mid(runs.Select(r => r.Mean)),
            Mid(runs.Select(r => r.QueriesPerSecond)));
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
