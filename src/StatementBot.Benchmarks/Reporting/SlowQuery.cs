namespace StatementBot.Benchmarks.Reporting;

/// <summary>One of a command's slowest queries: where it is in the query set and its median time over a few calls.</summary>
public sealed record SlowQuery(int Line, string Text, double Milliseconds);
