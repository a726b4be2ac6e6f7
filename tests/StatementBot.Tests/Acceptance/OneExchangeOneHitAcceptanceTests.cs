using StatementBot.Search.Building;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>
/// One exchange, one hit, on the whole shared corpora: a briefing published twice is indexed once, and a first page
/// shows different moments (follow-ups of one exchange are folded into its best hit) without losing any statement.
/// </summary>
[Collection(FullCorpusCollection.Name)]
public sealed class OneExchangeOneHitAcceptanceTests(FullCorpusFixture corpus)
{
    private const string DuplicateBriefingFolder = "wh-briefings/press-briefings/2022-04/";
    private const string BriefingKept = DuplicateBriefingFolder + "2022-04-11-press-briefing-by-press-secretary-jen-psaki-april-11-2022-2.md";
    private const string BriefingLeftOut = DuplicateBriefingFolder + "2022-04-11-press-briefing-by-press-secretary-jen-psaki-april-11-2022.md";

    private StatementSearcher Searcher => corpus.Searcher;

    public static TheoryData<string, string?> TopicalQueries => new()
    {
        { "inflation", "Jen Psaki" },
        { "inflation", null },
        { "medical debt", null },
        { "gas prices", "Jen Psaki" },
        { "\"student debt\" relief", null },
        { "ransomware", "Anne Neuberger" },
        { "lead pipes", "Michael Regan" },
        { "Huawei", null },
        { "hurricane", "Deanne Criswell" },
        { "Kashmir India Pakistan", null },
        { "filibuster", null },
        { "cyber*", null },
    };

    [SharedFact]
    public void Quote_BriefingPublishedTwice_IsFoundOnceWithEachAnswerOnce()
    {
        // The brief's own case: Jen Psaki on inflation on 11 April 2022 was indexed from two copies of the briefing.
        var day = new DateOnly(2022, 4, 11);
        var result = Searcher.Quote(new QuoteQuery("inflation", "Jen Psaki", day, day, PageSize: 50)).Value!;

        Assert.Equal(3, result.Total);
        Assert.All(result.Hits, h => Assert.Equal(Path.Combine(SharedData.Corpora, BriefingKept), h.Path));
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.Text).Distinct().Count());
    }

    [SharedFact]
    public void Index_EachDuplicatedBriefing_HoldsTheKeptCopyOnly()
    {
        var duplicates = corpus.Manifest.Duplicates;

        Assert.Equal(36, duplicates.Count);
        Assert.Contains(new(Path.Combine(SharedData.Corpora, BriefingLeftOut), Path.Combine(SharedData.Corpora, BriefingKept)), duplicates);
        Assert.Equal(duplicates.Count, duplicates.Select(d => d.Path).Distinct().Count());
        Assert.All(duplicates, d =>
        {
            Assert.NotEqual(d.Path, d.SameAs);
            Assert.True(string.CompareOrdinal(d.SameAs, d.Path) < 0, $"{d.SameAs} is kept before {d.Path}");
            Assert.DoesNotContain(d.SameAs, duplicates.Select(other => other.Path));
            Assert.True(StatementsOf(d.SameAs) > 0, $"nothing indexed from {d.SameAs}");
            Assert.Equal(0, StatementsOf(d.Path));
        });
    }

    [SharedTheory]
    [MemberData(nameof(TopicalQueries))]
    public void Quote_FirstPage_ShowsEveryTextOnceAndOneHitPerExchange(string text, string? speaker)
    {
        var result = Searcher.Quote(new QuoteQuery(text, speaker)).Value!;

        Assert.True(result.Total > 5, $"{result.Total} matches");
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => Normalised(h.Text)).Distinct().Count());
        var places = result.Hits.Select(h => (Place: Place(h.Id), h.Speaker)).ToArray();
        Assert.All(places, p => Assert.DoesNotContain(places, q => q != p && q.Speaker == p.Speaker && q.Place.Document == p.Place.Document
            && Math.Abs(q.Place.Position - p.Place.Position) <= ExchangeFolding.Reach));
        Assert.Equal(Math.Min(result.PageSize, result.Total), result.Hits.Count + result.Folded);
    }

    [SharedTheory]
    [InlineData("\"student debt\" relief", null)]
    [InlineData("ransomware", "Anne Neuberger")]
    [InlineData("lead pipes", "Michael Regan")]
    [InlineData("filibuster", null)]
    public void Quote_AllPages_ListEveryMatchingStatementExactlyOnce(string text, string? speaker)
    {
        var query = new QuoteQuery(text, speaker);
        var first = Searcher.Quote(query).Value!;
        var seen = new List<string>();
        var folded = 0;
        for (var page = 1; page <= first.Pages; page++)
        {
            var result = Searcher.Quote(query with { Page = page }).Value!;
            Assert.Equal(first.Total, result.Total);
            seen.AddRange(result.Hits.SelectMany(h => h.Folded.Prepend(h.Id)));
            folded += result.Folded;
        }

        Assert.True(folded > 0, "no exchange was folded, so paging past folds is not tested");
        Assert.Equal(first.Total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    /// <summary>How many statements of the file are in the index: its ids are its path in the corpus and 0-based positions.</summary>
    private int StatementsOf(string path) =>
        Enumerable.Range(0, 300).Count(position => Searcher.Get(StatementId.For(CorpusFolder.Key(path, [SharedData.Corpora]), position)) is not null);

    private static (string Document, int Position) Place(string id) =>
        (id[..id.LastIndexOf('-')], int.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
