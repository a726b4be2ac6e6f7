using StatementBot.Commands.Options;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Trend;

/// <summary>
/// The JSON shape of /trend: <c>{query, in, interval, periods, totals, series: [{speaker, organisation, total, counts,
/// peak}], peak: {period, count}, total, undated, top_speakers, speakers, also_matching, did_you_mean, chart}</c>.
/// <c>periods</c> are labels ("2022-06", "2022", or a week's Monday); every <c>counts</c> has one number per period.
/// </summary>
internal sealed record TrendData(
    string Query,
    string In,
    string Interval,
    IReadOnlyList<string> Periods,
    IReadOnlyList<int> Totals,
    IReadOnlyList<TrendData.SeriesData> Series,
    TrendData.PeakData? Peak,
    int Total,
    int Undated,
    bool TopSpeakers,
    int Speakers,
    IReadOnlyList<string> AlsoMatching,
    IReadOnlyList<string> DidYouMean,
    string? Chart,
    FilterData Filters)
{
    public static TrendData From(TrendResult result, string? chart) => new(
        result.Query,
        ScopeOption.Value(result.In),
        TrendCalendar.Name(result.Interval),
        Enumerable.Range(0, result.Periods.Count).Select(result.Label).ToArray(),
        result.Totals,
        result.Series.Select(s => new SeriesData(s.Speaker, s.ByOrganisation, s.Total, s.Counts, PeakOf(result, s.Peak, s.Counts))).ToArray(),
        PeakOf(result, result.Peak, result.Totals),
        result.Total,
        result.Undated,
        result.TopSpeakers,
        result.Speakers,
        result.AlsoMatching,
        result.DidYouMean,
        chart,
        FilterData.From(result.Filters));

    private static PeakData? PeakOf(TrendResult result, int period, IReadOnlyList<int> counts) =>
        period < 0 ? null : new PeakData(result.Label(period), counts[period]);

    /// <param name="Organisation">The speaker is an organisation (or an official the documents leave unnamed).</param>
    internal sealed record SeriesData(string Speaker, bool Organisation, int Total, IReadOnlyList<int> Counts, PeakData? Peak);

    internal sealed record PeakData(string Period, int Count);
}
