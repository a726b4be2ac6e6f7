using StatementBot.Benchmarks.Latency;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>
/// The SQLite FTS5 baseline over the same statements and /quote queries, and StatementBot's figure divided by
/// FTS5's for each (below 1: StatementBot is faster).
/// </summary>
public sealed record Fts5Figures(
    double BuildSeconds,
    double Megabytes,
    LatencyStats Single,
    LatencyStats Concurrent,
    QuoteAgreement Agreement,
    double BuildRatio,
    double P50Ratio,
    double P99Ratio,
    string? FirstError);
