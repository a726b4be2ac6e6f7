using System.Text;
using StatementBot.Commands.Charts;
using StatementBot.Commands.Replies;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Trend;

/// <summary>The trend drawn as a PNG attachment, named after the query, with the summary as its description (alt text).</summary>
internal static class TrendChartFile
{
    public const string ContentType = "image/png";

    private const int MaxNameWords = 40;

    public static ReplyAttachment Create(TrendResult result, string summary)
    {
        var lines = result.Series.Count > 0
            ? result.Series.Select(s => new ChartSeries(s.ByOrganisation ? s.Speaker + " (org.)" : s.Speaker, s.Counts)).ToArray()
            : [new ChartSeries("all speakers", result.Totals)];
        var interval = TrendCalendar.Name(result.Interval);
        var chart = new LineChart(
            $"Statements matching “{Shorten(result.Query, 60)}” per {interval}",
            result.Interval == TrendInterval.Week ? "Week (from Monday)" : char.ToUpperInvariant(interval[0]) + interval[1..],
            "Statements",
            Enumerable.Range(0, result.Periods.Count).Select(result.Label).ToArray(),
            lines);
        var description = $"Line chart, one line per speaker ({string.Join(", ", lines.Select(l => l.Name))}). {summary}";
        return new ReplyAttachment(FileName(result.Query), ContentType, LineChartRenderer.Png(chart), description);
    }

    /// <summary>"trend-inflation.png", "trend-student-loan.png": letters and digits of the query, "trend.png" when it has none.</summary>
    public static string FileName(string query)
    {
        var slug = new StringBuilder();
        foreach (var c in query.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxNameWords)
            {
                break;
            }
        }

        var name = slug.ToString().Trim('-');
        return name.Length == 0 ? "trend.png" : $"trend-{name}.png";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
