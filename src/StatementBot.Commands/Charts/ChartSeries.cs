namespace StatementBot.Commands.Charts;

/// <summary>One line of a <see cref="LineChart"/>: its legend text and one value per point.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);
