using StatementBot.Search.Querying;
using StatementBot.Search.Trends;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Trends;

/// <summary>
/// /trend's counts on real briefings: every figure is checked against what /quote counts with the same words, speaker
/// and dates — all matching statements, whichever page they would be on.
/// </summary>
public sealed class TrendSearcherTests(TrendIndexFixture corpus) : IClassFixture<TrendIndexFixture>
{
    [SharedFact]
    public void Trend_EachMonth_CountsWhatQuoteFindsThatMonth()
    {
        var result = corpus.Trends.Trend(new TrendQuery("inflation")).Value!;

        Assert.Equal(TrendInterval.Month, result.Interval);
        Assert.True(result.Totals.Count(c => c > 0) >= 3, "the briefings of three months speak of inflation");
        Assert.Equal(corpus.QuoteTotal("inflation"), result.Total);
        for (var i = 0; i < result.Periods.Count; i++)
        {
            var (from, to) = Period(result, i);
            Assert.True(corpus.QuoteTotal("inflation", from: from, to: to) == result.Totals[i], $"{result.Label(i)}: {result.Totals[i]}");
        }
    }

    [SharedFact]
    public void Trend_NoSpeakerNamed_LinesAreTheSpeakersWithMostMatches_EachMonthTheirOwn()
    {
        var result = corpus.Trends.Trend(new TrendQuery("inflation")).Value!;
        var expected = corpus.People
            .Select(name => (Name: name, Total: corpus.QuoteTotal("inflation", name)))
            .Where(s => s.Total > 0)
            .OrderByDescending(s => s.Total)
            .ToArray();

        Assert.True(result.TopSpeakers);
        Assert.Equal(expected.Length, result.Speakers);
        Assert.Equal(Math.Min(TrendSearcher.MaxSpeakers, expected.Length), result.Series.Count);
        Assert.Equal(expected.Take(result.Series.Count).Select(s => s.Total), result.Series.Select(s => s.Total));
        Assert.All(result.Series, s => Assert.Contains((s.Speaker, s.Total), expected));
        foreach (var series in result.Series)
        {
            for (var i = 0; i < result.Periods.Count; i++)
            {
                var (from, to) = Period(result, i);
                Assert.Equal(corpus.QuoteTotal("inflation", series.Speaker, from, to), series.Counts[i]);
            }
        }
    }

    [SharedFact]
    public void Trend_SpeakersNamed_OneLineEachInTheOrderNamed_OneWhoNeverSaidItAtZero()
    {
        var result = corpus.Trends.Trend(new TrendQuery("inflation", ["Jean-Pierre", "Jen Psaki", "Matthew McConaughey"])).Value!;

        Assert.False(result.TopSpeakers);
        Assert.Equal(["Karine Jean-Pierre", "Jen Psaki", "Matthew McConaughey"], result.Series.Select(s => s.Speaker));
        Assert.Equal(corpus.QuoteTotal("inflation", "Karine Jean-Pierre"), result.Series[0].Total);
        Assert.Equal(corpus.QuoteTotal("inflation", "Jen Psaki"), result.Series[1].Total);
        Assert.Equal(0, corpus.QuoteTotal("inflation", "Matthew McConaughey"));
        Assert.All(result.Series[2].Counts, c => Assert.Equal(0, c));
        Assert.Equal(-1, result.Series[2].Peak);
        Assert.Equal(result.Series.Sum(s => s.Total), result.Total);
    }

    [SharedFact]
    public void Trend_AMonthAsked_IsCountedPerWeekFromMonday_EachWeekWhatQuoteFinds()
    {
        var from = new DateOnly(2022, 6, 1);
        var to = new DateOnly(2022, 6, 30);
        var result = corpus.Trends.Trend(new TrendQuery("inflation", From: from, To: to)).Value!;

        Assert.Equal(TrendInterval.Week, result.Interval);
        Assert.Equal(new DateOnly(2022, 5, 30), result.Periods[0]);
        for (var i = 0; i < result.Periods.Count; i++)
        {
            var (start, end) = Period(result, i);
            Assert.Equal(corpus.QuoteTotal("inflation", from: Later(start, from), to: Earlier(end, to)), result.Totals[i]);
        }

        Assert.Equal(result.Totals.Max(), result.Totals[result.Peak]);
    }

    [SharedFact]
    public void Trend_UndatedStatements_CountedInTheTotalButInNoPeriod()
    {
        var hits = corpus.Searcher.Quote(new QuoteQuery("\"Hong Kong\"", PageSize: StatementSearcher.MaxPageSize)).Value!;
        var result = corpus.Trends.Trend(new TrendQuery("\"Hong Kong\"")).Value!;

        Assert.Equal(hits.Total, hits.Hits.Sum(h => 1 + h.Folded.Count));
        var undated = hits.Hits.Where(h => h.Date is null).Sum(h => 1 + h.Folded.Count);
        Assert.True(undated > 0, "the Foreign Ministry page has no date");
        Assert.Equal(undated, result.Undated);
        Assert.Equal(hits.Total, result.Total);
        Assert.Equal(hits.Total - undated, result.Totals.Sum());
    }

    [SharedFact]
    public void Trend_InAsked_CountsTheQuestionsTheSpeakerAnswered()
    {
        var result = corpus.Trends.Trend(new TrendQuery("inflation", In: TextScope.Asked)).Value!;

        Assert.Equal(corpus.QuoteTotal("inflation", scope: TextScope.Asked), result.Total);
        Assert.NotEqual(corpus.QuoteTotal("inflation"), result.Total);
    }

    [SharedFact]
    public void Trend_NothingMatches_NoPeriodsNoLinesNoError()
    {
        var result = corpus.Trends.Trend(new TrendQuery("zeppelin")).Value!;

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Periods);
        Assert.Empty(result.Series);
        Assert.Equal(-1, result.Peak);
    }

    [SharedTheory]
    [InlineData("A trend shows at most 5 speakers; 6 were named.", "Jen Psaki", "Karine Jean-Pierre", "Cecilia Rouse", "Ashish Jha", "Matthew McConaughey", "Greta Thunberg")]
    [InlineData("Karine Jean-Pierre is named twice; name each speaker once.", "Karine Jean-Pierre", "Jean-Pierre")]
    [InlineData("No speaker called \"Jen Psakki\" in the index. Did you mean Jen Psaki?", "Jen Psakki")]
    public void Trend_SpeakerMistakes_AreShortMessages(string message, params string[] speakers)
    {
        var result = corpus.Trends.Trend(new TrendQuery("inflation", speakers));

        Assert.Equal(message, result.Error?.Message);
    }

    [SharedFact]
    public void Trend_ReversedDates_SaySwapThem() =>
        Assert.StartsWith(
            "The start date (2022-06-30) is after the end date (2022-06-01)",
            corpus.Trends.Trend(new TrendQuery("inflation", From: new DateOnly(2022, 6, 30), To: new DateOnly(2022, 6, 1))).Error!.Message,
            StringComparison.Ordinal);

    private static (DateOnly From, DateOnly To) Period(TrendResult result, int i) =>
        (result.Periods[i], TrendCalendar.Next(result.Periods[i], result.Interval).AddDays(-1));

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
