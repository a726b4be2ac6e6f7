using StatementBot.Corpus.Attribution;
using StatementBot.Search.Building;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Tests.Trends;
using StatementBot.Search.Trends;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Filters;

/// <summary>
/// kind, source and role narrow /quote, /who, /trend and /compare. Every filtered count is checked against the
/// unfiltered matches' own kind, publisher and role, read hit by hit (pages of 50, with the statements folded into
/// them), on real corpus documents.
/// </summary>
public sealed class FilterTests(TrendIndexFixture corpus) : IClassFixture<TrendIndexFixture>
{
    [SharedFact]
    public void Kind_EachKindCountsExactlyTheUnfilteredMatchesOfThatKind()
    {
        var all = AllHits("president");
        Assert.True(all.Select(h => h.Kind).Distinct().Count() >= 2, "the sample should mix kinds");

        foreach (var kind in Enum.GetValues<StatementKind>())
        {
            var filtered = Quote("president", new StatementFilters(Kind: kind));
            Assert.Equal(all.Count(h => h.Kind == kind), filtered.Total);
            Assert.All(filtered.Hits, h => Assert.Equal(kind, h.Kind));
        }
    }

    [SharedFact]
    public void Role_PressSecretary_EveryHolderOfIt_AndNoOneElse()
    {
        var all = AllHits("inflation");
        var asPressSecretary = all.Where(h => string.Equals(h.Role, "Press Secretary", StringComparison.OrdinalIgnoreCase)).ToArray();

        var who = corpus.Trends.Who(new WhoQuery("inflation") { Filters = new StatementFilters(Role: "press secretary") }).Value!;

        Assert.Equal(asPressSecretary.Length, who.Total);
        Assert.Equal(["Press Secretary"], who.Filters.Roles);
        Assert.Equal(
            asPressSecretary.Select(h => h.Speaker).Distinct().Order(),
            who.Rows.Select(r => r.Speaker).Order());
        Assert.Contains("Jen Psaki", who.Rows.Select(r => r.Speaker));
        Assert.Contains("Karine Jean-Pierre", who.Rows.Select(r => r.Speaker));
        Assert.DoesNotContain("Cecilia Rouse", who.Rows.Select(r => r.Speaker)); // she answered on inflation, as CEA chair
    }

    [SharedFact]
    public void Role_PartOfSeveral_MatchesEachRoleContainingItsWords()
    {
        var roles = AllHits("people OR president").Select(h => h.Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var withSecretary = roles.Where(r => r.Split(' ').Contains("Secretary", StringComparer.OrdinalIgnoreCase)).ToArray();
        Assert.NotEmpty(withSecretary);
        Assert.DoesNotContain(roles, r => r.Equals("secretary", StringComparison.OrdinalIgnoreCase)); // no exact role to prefer

        var result = Quote("people OR president", new StatementFilters(Role: "secretary"));

        Assert.Superset(withSecretary.ToHashSet(StringComparer.OrdinalIgnoreCase), result.Filters.Roles.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.All(result.Filters.Roles, r => Assert.Contains("secretary", r.Split(' '), StringComparer.OrdinalIgnoreCase));
        Assert.All(result.Hits, h => Assert.Contains(h.Role, result.Filters.Roles, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(AllHits("people OR president").Count(h => h.Role is { } r && withSecretary.Contains(r, StringComparer.OrdinalIgnoreCase)), result.Total);
    }

    [SharedFact]
    public void Source_ByPublisher_OnlyThatPublishersStatements_WhateverTheSpelling()
    {
        var all = AllHits("China OR Chinese OR Hong");
        var whiteHouse = all.Count(h => string.Equals(h.Source, "The White House", StringComparison.Ordinal));
        Assert.True(whiteHouse > 0 && whiteHouse < all.Count, "the sample should have White House and other statements");

        var result = Quote("China OR Chinese OR Hong", new StatementFilters(Source: "the white house"));
        var trend = corpus.Trends.Trend(new TrendQuery("China OR Chinese OR Hong") { Filters = new StatementFilters(Source: "THE WHITE HOUSE") }).Value!;

        Assert.Equal(whiteHouse, result.Total);
        Assert.Equal(whiteHouse, trend.Total);
        Assert.Equal(["The White House"], result.Filters.Sources);
    }

    [SharedFact]
    public void Source_Unknown_SaysSoAndOffersTheIndexsSources()
    {
        var result = corpus.Searcher.Quote(new QuoteQuery("inflation") { Filters = new StatementFilters(Source: "Daily Planet") });

        var error = Assert.IsType<QueryError>(result.Error);
        Assert.StartsWith("No source called \"Daily Planet\" in the index.", error.Message);
        Assert.Contains("The White House", error.Suggestions);
    }

    [SharedFact]
    public void Compare_RoleFilter_AppliesToBothSides()
    {
        var comparison = corpus.Searcher.Compare("Jen Psaki", "Karine Jean-Pierre", "inflation", filters: new StatementFilters(Kind: StatementKind.Answer)).Value!;

        Assert.All(comparison.A.Hits.Concat(comparison.B.Hits), h => Assert.Equal(StatementKind.Answer, h.Kind));
        Assert.Equal(StatementKind.Answer, comparison.Filters.Kind);
    }

    [SharedFact]
    public void Complete_RolesContainingWhatWasTyped_MostStatementsFirst()
    {
        var roles = corpus.Searcher.CompleteFilter("role", "secret", 25);

        Assert.Equal("Press Secretary", roles[0]); // Psaki's and Jean-Pierre's briefings outnumber every other secretary's
        Assert.All(roles, r => Assert.Contains("secret", r, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("The White House", corpus.Searcher.CompleteFilter("source", "white", 25));
    }

    [Fact]
    public void CorpusFolder_IsTheFirstFolderUnderTheRoot_OrTheRootsOwnName()
    {
        var root = Path.Combine(Path.GetTempPath(), "corpora");

        Assert.Equal("wikinews", CorpusFolder.Of(Path.Combine(root, "wikinews", "2020-01-05-a.txt"), [root]));
        Assert.Equal("wh-briefings", CorpusFolder.Of(Path.Combine(root, "wh-briefings", "press-briefings", "2021-05", "b.md"), [root]));
        Assert.Equal("corpora", CorpusFolder.Of(Path.Combine(root, "seed.md"), [root]));
        Assert.Equal("elsewhere", CorpusFolder.Of(Path.Combine(Path.GetTempPath(), "elsewhere", "c.md"), [root]));
    }

    private QuoteResult Quote(string text, StatementFilters filters) =>
        corpus.Searcher.Quote(new QuoteQuery(text, PageSize: StatementSearcher.MaxPageSize) { Filters = filters }).Value!;

    /// <summary>Every statement the query matches, unfiltered, read page by page.</summary>
    private List<StatementHit> AllHits(string text)
    {
        var hits = new List<StatementHit>();
        for (var page = 1; ; page++)
        {
            var result = corpus.Searcher.Quote(new QuoteQuery(text, Page: page, PageSize: StatementSearcher.MaxPageSize)).Value!;
            hits.AddRange(result.Hits.SelectMany(h => h.Folded.Select(id => corpus.Searcher.Get(id)!).Prepend(h)));
            if (page >= result.Pages)
            {
                return hits;
            }
        }
    }
}
