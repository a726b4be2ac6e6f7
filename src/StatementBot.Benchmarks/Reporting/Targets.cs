using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Queries;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>The performance issue's targets, checked against a run's figures for the loaded corpus.</summary>
public static class Targets
{
    public static IReadOnlyList<TargetCheck> Check(CorpusFigures? corpus, LatencyStats? http)
    {
        var quote = corpus?.Of(QuerySet.Quote);
        var speaker = corpus?.Of(QuerySet.Speaker);
        var compare = corpus?.Of(QuerySet.Compare);
        var trend = corpus?.Of(QuerySet.Trend);
        var who = corpus?.Of(QuerySet.Who);
        var verify = corpus?.Of(QuerySet.Verify);
        return
        [
            AtMost("/quote p50, one caller, with snippets", 2, quote?.Single.P50, "ms"),
            AtMost("/quote p99, one caller, with snippets", 20, quote?.Single.P99, "ms"),
            AtMost("/speaker p99, one caller", 50, speaker?.Single.P99, "ms"),
            AtMost("/compare p99, one caller", 50, compare?.Single.P99, "ms"),
            .. Timed("/trend p99, one caller, chart drawn", trend),
            .. Timed("/who p99, one caller", who),
            .. Timed("/verify p99, one caller", verify),
            AtMost("/quote p50, 8 callers on this machine", 2, Concurrent(quote)?.P50, "ms"),
            AtMost("/quote p99, 8 callers on this machine", 20, Concurrent(quote)?.P99, "ms"),
            AtMost("/speaker p99, 8 callers on this machine", 50, Concurrent(speaker)?.P99, "ms"),
            AtMost("/compare p99, 8 callers on this machine", 50, Concurrent(compare)?.P99, "ms"),
            AtMost("/quote p50 ÷ FTS5 p50 (aim: 0.5)", 1, corpus?.Fts5?.P50Ratio, "×"),
            AtMost("index build, reading included", 60, corpus?.Build.TotalSeconds, "s"),
            AtMost("start-up to first answer (median)", 1.5, corpus?.Startup?.MedianSeconds, "s"),
            AtMost("resident memory serving (peak)", 300, corpus?.Startup?.ServingPeakMegabytes, "MB"),
            AtMost("HTTP interactions p99, 32 concurrent", 50, http?.P99, "ms"),
        ];
    }

    /// <summary>The later commands' target, listed only when the query set times the command (older sets have none of its queries).</summary>
    private static IEnumerable<TargetCheck> Timed(string target, CommandLatency? command) =>
        command is null ? [] : [AtMost(target, 50, command.Single.P99, "ms")];

    private static LatencyStats? Concurrent(CommandLatency? command) => command?.Concurrent is { Count: > 0 } stats ? stats : null;

    private static TargetCheck AtMost(string target, double limit, double? value, string unit) =>
        value is { } v and > 0
            ? new TargetCheck(target, $"≤ {limit:0.##} {unit}", v, unit, v <= limit, v - limit)
            : new TargetCheck(target, $"≤ {limit:0.##} {unit}", null, unit, null, null);
}
