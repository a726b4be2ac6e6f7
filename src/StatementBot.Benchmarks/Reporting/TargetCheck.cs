namespace StatementBot.Benchmarks.Reporting;

/// <summary>One target of the performance issue against the figure measured for it.</summary>
/// <param name="Met">Null when the figure was not measured.</param>
/// <param name="By">How far from the target: the figure minus the limit (negative: with room to spare), in its unit.</param>
public sealed record TargetCheck(string Target, string Limit, double? Value, string Unit, bool? Met, double? By);
