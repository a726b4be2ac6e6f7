using StatementBot.Search.Querying;

namespace StatementBot.Search.Trends;

/// <summary>
/// How often something was said over time: every matching statement counted per period, overall and for each
/// speaker shown.
/// </summary>
/// <param name="Periods">Each period's first day, in order, covering the span without gaps.</param>
/// <param name="Totals">All matching statements per period, whoever said them (the shown speakers' when speakers were named).</param>
/// <param name="Total">Every matching statement, dated or not.</param>
/// <param name="Undated">Matching statements without a date, in no period.</param>
/// <param name="TopSpeakers">No speaker was named: the series are the speakers with the most matches.</param>
/// <param name="Speakers">How many speakers (people and organisations) have a matching statement.</param>
public sealed record TrendResult(
    string Query,
    TextScope In,
    TrendInterval Interval,
    IReadOnlyList<DateOnly> Periods,
    IReadOnlyList<int> Totals,
    IReadOnlyList<TrendSeries> Series,
    int Total,
    int Undated,
    bool TopSpeakers,
    int Speakers)
{
    public IReadOnlyList<string> AlsoMatching { get; init; } = [];

    /// <summary>The kind, sources and roles the search was narrowed to.</summary>
    public AppliedFilters Filters { get; init; } = AppliedFilters.None;

    public IReadOnlyList<string> DidYouMean { get; init; } = [];

    /// <summary>The period with the most matching statements (the first of equals); -1 when none is dated.</summary>
    public int Peak => PeakOf(Totals);

    public string Label(int period) => TrendCalendar.Label(Periods[period], Interval);

    internal static int PeakOf(IReadOnlyList<int> counts)
    {
        var peak = -1;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] > 0 && (peak < 0 || counts[i] > counts[peak]))
            {
                peak = i;
            }
        }
        return peak;
    }
}
