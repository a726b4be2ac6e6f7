using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Trend;

/// <summary>
/// Shapes a <see cref="TrendResult"/>: a title naming what was asked, one line of text that says the whole trend (for the
/// terminal and for screen readers), one fact per line of the chart, the chart itself as a PNG attachment, and the
/// series for <c>--json</c>.
/// </summary>
internal static class TrendReply
{
    public static Reply Shape(CommandRequest request, TrendResult result)
    {
        var title = $"Trend of “{result.Query}”"
            + (result.TopSpeakers ? "" : " for " + string.Join(", ", result.Series.Select(s => s.Speaker)))
            + (request.Get(OptionNames.From) is { } from ? " from " + from : "")
            + (request.Get(OptionNames.To) is { } to ? " to " + to : "")
            + (FilterOptions.Describe(result.Filters) is { Length: > 0 } narrowed ? " · " + narrowed : "");
        var summary = Summary(result);
        var facts = result.Series.Select(s => new ReplyField(Name(s), Describe(result, s))).ToArray();
        var chart = result.Periods.Count > 0 && result.Totals.Sum() > 0 ? TrendChartFile.Create(result, summary) : null;
        var data = TrendData.From(result, chart?.FileName);
        return new Reply(title, summary, facts, [], null, data, Attachments: chart is null ? null : [chart]);
    }

    /// <summary>"412 statements match “inflation” in what the speaker said, 2021-01 – 2025-01, per month; peaked in 2022-06 with 41 statements."</summary>
    public static string Summary(TrendResult result)
    {
        var scope = ScopeOption.Describe(result.In);
        if (result.Total == 0)
        {
            return $"No statement matches “{result.Query}” {scope}. Try fewer words, a prefix* or OR.";
        }

        var dated = result.Totals.Sum();
        if (dated == 0)
        {
            return $"{Statements(result.Total)} match “{result.Query}” {scope}, but none is dated in this span, so there is nothing to chart.";
        }

        var span = $"{result.Label(0)} – {result.Label(result.Periods.Count - 1)}";
        var undated = result.Undated > 0 ? $" ({result.Undated:N0} undated, not charted)" : "";
        var text = $"{Statements(result.Total)} {(result.Total == 1 ? "matches" : "match")} “{result.Query}” {scope}, {span}, per {TrendCalendar.Name(result.Interval)}{undated}; "
            + $"peaked in {Period(result, result.Peak)} with {Statements(result.Totals[result.Peak])}.";
        return result.TopSpeakers && result.Speakers > result.Series.Count
            ? text + $" Lines: the {result.Series.Count} speakers with the most, of {result.Speakers:N0}."
            : text;
    }

    private static string Name(TrendSeries series) => series.ByOrganisation ? series.Speaker + " (organisation)" : series.Speaker;

    private static string Describe(TrendResult result, TrendSeries series) =>
        series.Peak < 0
            ? "no matching statement in this span"
            : $"{Statements(series.Total)} · most in {Period(result, series.Peak)} ({series.Counts[series.Peak]:N0})";

    /// <summary>"2022-06", "2022", or "the week of 2022-06-06".</summary>
    public static string Period(TrendResult result, int period) =>
        result.Interval == TrendInterval.Week ? "the week of " + result.Label(period) : result.Label(period);

    private static string Statements(int count) => count == 1 ? "1 statement" : $"{count:N0} statements";
}
