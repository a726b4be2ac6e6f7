using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>The core's acceptance points, on the real shared corpora.</summary>
[Collection(FullCorpusCollection.Name)]
public sealed class FullCorpusTests(FullCorpusFixture corpus)
{
    private StatementSearcher Searcher => corpus.Searcher;

    [SharedFact]
    public void Index_WholeSharedCorpus_ReportsItsCounts()
    {
        _ = Searcher;

        Assert.Matches(@"Indexed [\d,]+ documents, [\d,]+ statements, [\d,]+ speakers \([\d.]+ MB\) in [\d.]+ s; [\d,]+ files skipped, 36 duplicate documents skipped\.", corpus.BuildReport);
    }

    [SharedFact]
    public void Speaker_KarineJeanPierre_IsFoundInMoreThan400Briefings()
    {
        var profile = Searcher.Speaker("Karine Jean-Pierre").Value!;

        Assert.Equal("Karine Jean-Pierre", profile.Speaker.Name);
        Assert.Contains("Press Secretary", profile.Speaker.Roles);
        Assert.True(profile.Documents > 400, $"found in {profile.Documents} documents");
        Assert.Equal(profile.Speaker, Searcher.Speaker("jean-pierre").Value!.Speaker);
        // Her latest words that say something, not the "Hi, everybody." that opens a briefing.
        Assert.All(profile.Hits, h => Assert.True(h.Text.Length >= 40 && Search.Schema.IndexSchema.Content.Words(h.Text) >= Search.Schema.IndexSchema.Content.Minimum, h.Text));
        Assert.Equal(profile.Hits.OrderByDescending(h => h.Date).Select(h => h.Date), profile.Hits.Select(h => h.Date));
    }

    [SharedFact]
    public void Quote_HuaweiByGengShuang_ReturnsOnlyHisAnswersEachWithItsQuestion()
    {
        var hits = AllPages(new QuoteQuery("Huawei", Speaker: "Geng Shuang", PageSize: 50), out var total);

        Assert.True(total >= 20, $"{total} answers");
        Assert.Equal(total, hits.Sum(h => 1 + h.Folded.Count));
        Assert.All(hits, h =>
        {
            Assert.Equal("Geng Shuang", h.Speaker);
            Assert.Equal(StatementKind.Answer, h.Kind);
            Assert.False(string.IsNullOrWhiteSpace(h.Question));
            Assert.Contains("Geng Shuang", h.Title);
        });
    }

    [SharedFact]
    public void Quote_FromTo_IsExactOnBothEnds()
    {
        // Both days have briefings that mention inflation, so each end is really tested.
        var from = new DateOnly(2022, 3, 1);
        var to = new DateOnly(2022, 3, 28);
        var hits = AllPages(new QuoteQuery("inflation", From: from, To: to, Sort: SortOrder.Oldest, PageSize: 50), out var total);

        // A folded statement is from its hit's document, so it has the hit's date.
        Assert.Equal(total, hits.Sum(h => 1 + h.Folded.Count));
        Assert.All(hits, h => Assert.InRange(h.Date!.Value, from, to));
        Assert.Equal(from, hits[0].Date);
        Assert.Equal(to, hits[^1].Date);
        var withoutLastDay = Searcher.Quote(new QuoteQuery("inflation", From: from, To: to.AddDays(-1))).Value!.Total;
        var withoutFirstDay = Searcher.Quote(new QuoteQuery("inflation", From: from.AddDays(1), To: to)).Value!.Total;
        Assert.Equal(total - hits.Where(h => h.Date == to).Sum(h => 1 + h.Folded.Count), withoutLastDay);
        Assert.Equal(total - hits.Where(h => h.Date == from).Sum(h => 1 + h.Folded.Count), withoutFirstDay);
    }

    [SharedFact]
    public void Quote_Tariffs_RanksAnswersThatSaySomethingAboveOneLiners()
    {
        // "Not — nothing — nothing specific on tariffs today." once came first under BM25's default length weighting.
        var hits = Searcher.Quote(new QuoteQuery("tariffs")).Value!.Hits;

        Assert.All(hits, h => Assert.True(h.Text.Length > 300, $"{h.Speaker}: {h.Text}"));
    }

    [SharedFact]
    public void Quote_SpeakerFilter_IsExact()
    {
        var hits = AllPages(new QuoteQuery("inflation", Speaker: "psaki", From: new DateOnly(2021, 11, 1), To: new DateOnly(2021, 11, 30), PageSize: 50), out var total);

        Assert.True(total > 0);
        Assert.All(hits, h => Assert.Equal("Jen Psaki", h.Speaker));
    }

    [SharedFact]
    public void Compare_PsakiAndJeanPierreOnInflation_GivesBothSides()
    {
        var comparison = Searcher.Compare("Jen Psaki", "Karine Jean-Pierre", "inflation").Value!;

        Assert.Equal("Jen Psaki", comparison.A.Speaker);
        Assert.Equal("Karine Jean-Pierre", comparison.B.Speaker);
        Assert.True(comparison.A.Total > 50 && comparison.B.Total > 50, $"{comparison.A.Total} vs {comparison.B.Total}");
        Assert.All(comparison.A.Hits, h => Assert.Equal("Jen Psaki", h.Speaker));
        Assert.All(comparison.B.Hits, h => Assert.Equal("Karine Jean-Pierre", h.Speaker));
        Assert.Empty(comparison.A.DistinctiveTerms.Intersect(comparison.B.DistinctiveTerms));
    }

    private List<StatementHit> AllPages(QuoteQuery query, out int total)
    {
        var hits = new List<StatementHit>();
        var first = Searcher.Quote(query).Value!;
        total = first.Total;
        hits.AddRange(first.Hits);
        for (var page = 2; page <= first.Pages; page++)
        {
            hits.AddRange(Searcher.Quote(query with { Page = page }).Value!.Hits);
        }

        return hits;
    }
}
