using StatementBot.Benchmarks.Latency;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>One command's latency over its queries: one caller, and several at once (empty when not measured).</summary>
/// <param name="UserErrors">Queries the command answered with a user error (unknown speaker, bad syntax): should be none.</param>
/// <param name="Found">Queries with at least one hit on the first page.</param>
/// <param name="Slowest">The queries that took longest with one caller: where the tail of the distribution comes from.</param>
public sealed record CommandLatency(string Command, int Queries, int UserErrors, int Found, LatencyStats Single, LatencyStats Concurrent, IReadOnlyList<SlowQuery> Slowest);
