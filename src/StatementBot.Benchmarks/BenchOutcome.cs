using StatementBot.Benchmarks.Reporting;

namespace StatementBot.Benchmarks;

/// <summary>A finished run's report, or why the run could not finish (a file or database that failed).</summary>
public sealed record BenchOutcome(BenchReport? Report, string? Error);
