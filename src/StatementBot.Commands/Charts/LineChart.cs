namespace StatementBot.Commands.Charts;

/// <summary>A line chart to draw, independent of how: one label per point on x, one line per series.</summary>
/// <param name="PointLabels">What each point on x is ("2022-06"); every series has one value per label.</param>
public sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<string> PointLabels, IReadOnlyList<ChartSeries> Series);
