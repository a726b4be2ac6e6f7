using StatementBot.Search.Querying;
using StatementBot.Search.Trends;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Trends;

/// <summary>/who on real briefings and articles: each row checked against /quote's count and /speaker's profile.</summary>
public sealed class WhoTests(TrendIndexFixture corpus) : IClassFixture<TrendIndexFixture>
{
    [SharedFact]
    public void Who_RanksPeopleByMatches_WithTheirShareAndTheDatesTheySaidIt()
    {
        var result = corpus.Trends.Who(new WhoQuery("inflation", PageSize: TrendSearcher.MaxPageSize)).Value!;
        var saidIt = corpus.People.Count(name => corpus.QuoteTotal("inflation", name) > 0);

        Assert.Equal(saidIt, result.People);
        Assert.Equal(corpus.QuoteTotal("inflation"), result.Total);
        Assert.Equal(result.Rows.Select(r => r.Matching).OrderDescending(), result.Rows.Select(r => r.Matching));
        foreach (var row in result.Rows.Where(r => !r.ByOrganisation))
        {
            var profile = corpus.Searcher.Speaker(row.Speaker).Value!;
            var oldest = corpus.Searcher.Quote(new QuoteQuery("inflation", row.Speaker, Sort: SortOrder.Oldest)).Value!;
            var newest = corpus.Searcher.Quote(new QuoteQuery("inflation", row.Speaker, Sort: SortOrder.Newest)).Value!;
            Assert.Equal(oldest.Total, row.Matching);
            Assert.Equal(profile.Statements, row.Statements);
            Assert.Equal(100.0 * row.Matching / profile.Statements, row.Share, precision: 6);
            Assert.Equal(oldest.Hits[0].Date, row.First);
            Assert.Equal(newest.Hits[0].Date, row.Last);
        }
    }

    [SharedFact]
    public void Who_OrganisationsStatements_AreRankedApartFromPeopleAndMarked()
    {
        var hits = corpus.Searcher.Quote(new QuoteQuery("\"Hong Kong\"", PageSize: StatementSearcher.MaxPageSize)).Value!;
        var byOrganisations = hits.Hits.Where(h => h.ByOrganisation).GroupBy(h => h.Speaker).ToDictionary(g => g.Key, g => g.Sum(h => 1 + h.Folded.Count));
        var result = corpus.Trends.Who(new WhoQuery("\"Hong Kong\"", PageSize: TrendSearcher.MaxPageSize)).Value!;

        Assert.True(byOrganisations.Count > 0, "a Wikinews article credits an organisation with a statement about Hong Kong");
        Assert.Equal(byOrganisations.Count, result.Organisations);
        var rows = result.Rows.Where(r => r.ByOrganisation).ToDictionary(r => r.Speaker, r => r.Matching);
        Assert.Equal(byOrganisations.OrderBy(p => p.Key), rows.OrderBy(p => p.Key));
        Assert.Equal(result.Total, result.Rows.Sum(r => r.Matching));
    }

    [SharedFact]
    public void Who_Pages_ContinueOneRanking_APagePastTheLastIsEmptyWithTheTotal()
    {
        var whole = corpus.Trends.Who(new WhoQuery("inflation", PageSize: 4)).Value!;
        var first = corpus.Trends.Who(new WhoQuery("inflation", PageSize: 2)).Value!;
        var second = corpus.Trends.Who(new WhoQuery("inflation", Page: 2, PageSize: 2)).Value!;
        var past = corpus.Trends.Who(new WhoQuery("inflation", Page: 99, PageSize: 2)).Value!;

        Assert.True(whole.Speakers > 2, "more than one page of speakers");
        Assert.Equal(whole.Rows.Take(4), first.Rows.Concat(second.Rows));
        Assert.Empty(past.Rows);
        Assert.Equal(whole.Total, past.Total);
        Assert.Equal((whole.Speakers + 1) / 2, first.Pages);
    }

    [SharedFact]
    public void Who_Dates_KeepOnlyThoseInTheRange()
    {
        var result = corpus.Trends.Who(new WhoQuery("inflation", new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31), PageSize: TrendSearcher.MaxPageSize)).Value!;

        Assert.Equal(corpus.QuoteTotal("inflation", from: new DateOnly(2022, 3, 1), to: new DateOnly(2022, 3, 31)), result.Total);
        Assert.All(result.Rows, r => Assert.True(r.First >= new DateOnly(2022, 3, 1) && r.Last <= new DateOnly(2022, 3, 31), r.Speaker));
    }

    [SharedFact]
    public void Who_BadSyntax_IsAShortMessage() =>
        Assert.StartsWith("A quote mark is not closed", corpus.Trends.Who(new WhoQuery("\"inflation")).Error!.Message, StringComparison.Ordinal);
}
