using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed class QuoteTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private QuoteResult Quote(QuoteQuery query)
    {
        var result = fixture.Searcher.Quote(query);
        Assert.Null(result.Error?.Message);
        return result.Value!;
    }

    private string[] Hits(string text, SortOrder sort = SortOrder.Relevance, string? speaker = null, DateOnly? from = null, DateOnly? to = null, TextScope scope = TextScope.Said) =>
        Quote(new QuoteQuery(text, speaker, from, to, sort, PageSize: 20, In: scope)).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void Quote_Words_AllAreRequired()
    {
        // Both are from one clip, side by side: one hit, the other folded into it.
        var hit = Assert.Single(Quote(new QuoteQuery("relationship two militaries")).Hits);

        Assert.Equal(Ids.List(WuContain, WuJointEfforts), hit.Folded.Prepend(hit.Id));
    }

    [Fact]
    public void Quote_Words_AreStemmed_PhrasesAreExact()
    {
        Assert.Equal(Ids.List(WuContain), Hits("containing china"));
        Assert.Empty(Hits("\"containing china\""));
        Assert.Equal(Ids.List(WuContain), Hits("\"contain china\""));
    }

    [Fact]
    public void Quote_Phrase_KeepsWordOrder()
    {
        Assert.Equal(Ids.List(TanFaceReality, OrtagusIraq, WuJointEfforts, HuaHongKong), Hits("countries two"));
        Assert.Empty(Hits("\"countries two\""));
        Assert.Equal(Ids.List(TanFaceReality, OrtagusIraq, WuJointEfforts), Hits("\"two countries\""));
    }

    [Fact]
    public void Quote_HyphenatedWord_MatchesAsWritten()
    {
        Assert.Equal(Ids.List(WuExchanges), Hits("mil-to-mil"));
        Assert.Equal(Ids.List(WuJointEfforts), Hits("win-win"));
    }

    [Fact]
    public void Quote_MinusWordAndNot_ExcludeStatements()
    {
        // Each says "Ukraine" once but Kirby's war-zone answer (three times); the shorter statements come first.
        Assert.Equal(
            Ids.List(KirbyWarZone, JeanPierreSovereignty, KirbyGrain, JeanPierreRecovery, JeanPierrePatrioticDuty),
            Hits("ukraine"));
        Assert.Equal(Ids.List(KirbyGrain, JeanPierreRecovery), Hits("ukraine -war"));
        Assert.Equal(Ids.List(KirbyGrain, JeanPierreRecovery), Hits("ukraine NOT war"));
    }

    [Fact]
    public void Quote_Or_MatchesEither()
    {
        Assert.Equal(
            Ids.List(ZhaoTaiwan, HuaTaiwan, JeanPierreGlobalChallenge, JeanPierreRecovery, JeanPierreStability).Order(),
            Hits("taiwan OR inflation").Order());
        Assert.Equal(Ids.List(JeanPierreRecovery, JeanPierreStability), Hits("(taiwan OR inflation) president"));
        // Zhao's answer says "Taiwan"; only the question it answers says "president".
        Assert.Contains(Ids.Of(ZhaoTaiwan), Hits("(taiwan OR inflation) president", scope: TextScope.Both));
    }

    [Fact]
    public void Quote_TrailingWildcard_MatchesWrittenWordsStartingWithIt()
    {
        // "inflation" alone does not find "inflationary"; the wildcard does.
        Assert.DoesNotContain(Ids.Of(PsakiInflationaryRisk), Hits("inflation"));
        // Wildcard matches all score alike, so they come newest first.
        Assert.Equal(
            Ids.List(JeanPierreGlobalChallenge, JeanPierreStability, JeanPierreRecovery, PsakiInflationaryRisk),
            Hits("inflation*"));
    }

    [Fact]
    public void Quote_QuestionWords_MatchOnlyWhenAsked_AndThenWithLowerWeightThanTheAnswerItself()
    {
        // Two statements say "President"; four others only answer a question that mentions the President.
        Assert.Equal(Ids.List(JeanPierreRecovery, JeanPierreStability), Hits("president"));
        Assert.Equal(
            Ids.List(JeanPierreRecovery, JeanPierreStability, JeanPierrePatrioticDuty, KirbyGrain, PsakiInflationaryRisk, ZhaoTaiwan),
            Hits("president", scope: TextScope.Both));
        Assert.Equal(
            Ids.List(JeanPierrePatrioticDuty, KirbyGrain, PsakiInflationaryRisk, ZhaoTaiwan).Order(),
            Hits("president", scope: TextScope.Asked).Order());
        Assert.Empty(Hits("saudi"));
        Assert.Equal(Ids.List(KirbyWarZone), Hits("saudi", scope: TextScope.Asked));
    }

    [Fact]
    public void Quote_StopWords_AreDroppedFromWords_AndAloneGiveAHint()
    {
        Assert.Equal(Hits("inflation"), Hits("the inflation"));

        var error = fixture.Searcher.Quote(new QuoteQuery("the")).Error;
        Assert.Equal(
            "\"the\" is too common to search for on its own. Add a more specific word, or put exact words in quotes: \"the answer is no\".",
            error?.Message);

        var several = fixture.Searcher.Quote(new QuoteQuery("to be or not")).Error;
        Assert.StartsWith("\"to\", \"be\", \"or\", \"not\" are too common to search for on its own.", several?.Message);
    }

    [Fact]
    public void Quote_OnlyExclusions_AsksForSomethingToLookFor()
    {
        var error = fixture.Searcher.Quote(new QuoteQuery("-war")).Error;

        Assert.Equal("Say what to look for, not only what to leave out. Example: china NOT taiwan", error?.Message);
    }

    [Theory]
    [InlineData("jean-pierre")]
    [InlineData("Karine Jean-Pierre")]
    [InlineData("KARINE JEAN-PIERRE")]
    [InlineData("MS. JEAN-PIERRE")]
    [InlineData("  karine jean-pierre ")]
    public void Quote_SpeakerFilter_ResolvesNamesAndAliases(string speaker)
    {
        Assert.Equal(Ids.List(JeanPierreSovereignty, JeanPierreRecovery, JeanPierrePatrioticDuty), Hits("ukraine", speaker: speaker));
    }

    [Fact]
    public void Quote_AmbiguousSpeaker_ListsTheCandidates()
    {
        var error = fixture.Searcher.Quote(new QuoteQuery("formula", Speaker: "Biden")).Error;

        Assert.Equal("\"Biden\" could be 2 speakers: Jill Biden, Joe Biden. Use the full name.", error?.Message);
        Assert.Equal(["Jill Biden", "Joe Biden"], error?.Suggestions);
    }

    [Fact]
    public void Quote_UnknownSpeaker_SuggestsCloseNames()
    {
        var error = fixture.Searcher.Quote(new QuoteQuery("inflation", Speaker: "Psakki")).Error;

        Assert.Equal("No speaker called \"Psakki\" in the index. Did you mean Jen Psaki?", error?.Message);
        Assert.Equal(["Jen Psaki"], error?.Suggestions);
    }

    [Fact]
    public void Quote_DateRange_IsInclusiveOnBothEnds_AndExact()
    {
        var june1 = new DateOnly(2022, 6, 1);
        var june2 = new DateOnly(2022, 6, 2);
        var june6 = new DateOnly(2022, 6, 6);

        Assert.Equal(Ids.List(JeanPierreGlobalChallenge, JeanPierreStability), Hits("inflation", from: june2, to: june6));
        Assert.Equal(Ids.List(JeanPierreGlobalChallenge), Hits("inflation", from: june2.AddDays(1), to: june6));
        Assert.Equal(Ids.List(JeanPierreStability), Hits("inflation", from: june2, to: june6.AddDays(-1)));
        Assert.Equal(Ids.List(JeanPierreStability), Hits("inflation", from: june2, to: june2));
        Assert.Equal(Ids.List(JeanPierreRecovery), Hits("inflation", to: june1));
        Assert.Equal(Ids.List(JeanPierreGlobalChallenge), Hits("inflation", from: june6));
    }

    [Fact]
    public void Quote_ReversedDates_AreAnError()
    {
        var error = fixture.Searcher.Quote(new QuoteQuery("inflation", From: new DateOnly(2022, 6, 6), To: new DateOnly(2022, 6, 1))).Error;

        Assert.Equal("The start date (2022-06-06) is after the end date (2022-06-01); swap them.", error?.Message);
    }

    [Fact]
    public void Quote_Undated_ExcludedByDateFilter_AndSortedLast()
    {
        // The undated statement is the more relevant one, yet comes last when sorting by date either way.
        Assert.Equal(Ids.List(HuaHongKong, ZhaoTaiwan), Hits("internal affairs"));
        Assert.Equal(Ids.List(ZhaoTaiwan), Hits("internal affairs", from: new DateOnly(2000, 1, 1)));
        Assert.Equal(Ids.List(ZhaoTaiwan), Hits("internal affairs", to: new DateOnly(2030, 1, 1)));
        Assert.Equal(Ids.List(ZhaoTaiwan, HuaHongKong), Hits("internal affairs", SortOrder.Newest));
        Assert.Equal(Ids.List(ZhaoTaiwan, HuaHongKong), Hits("internal affairs", SortOrder.Oldest));
    }

    [Fact]
    public void Quote_Sort_ByDateBothWays_TiesByRelevance()
    {
        Assert.Equal(Ids.List(JeanPierreGlobalChallenge, JeanPierreRecovery, JeanPierreStability), Hits("inflation"));
        Assert.Equal(Ids.List(JeanPierreGlobalChallenge, JeanPierreStability, JeanPierreRecovery), Hits("inflation", SortOrder.Newest));
        Assert.Equal(Ids.List(JeanPierreRecovery, JeanPierreStability, JeanPierreGlobalChallenge), Hits("inflation", SortOrder.Oldest));

        // Same day (15 June 2022): the statement that says "Ukraine" three times comes before the one saying it once.
        Assert.Equal(
            Ids.List(KirbyWarZone, JeanPierreSovereignty, KirbyGrain, JeanPierrePatrioticDuty, JeanPierreRecovery),
            Hits("ukraine", SortOrder.Newest));
    }

    [Fact]
    public void Quote_Paging_SplitsTheSameOrder_WithTotals()
    {
        var all = Hits("ukraine");
        var pages = Enumerable.Range(1, 4).Select(p => Quote(new QuoteQuery("ukraine", Page: p, PageSize: 2))).ToArray();

        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.All(pages, p => Assert.Equal(3, p.Pages));
        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Hits.Count));
        Assert.Equal(all, pages.SelectMany(p => p.Hits).Select(h => h.Id));
        Assert.Equal(3, pages[2].Page);

        // Past the deepest page a search ranks, the answer says where results stop instead of ranking that deep.
        var farAway = fixture.Searcher.Quote(new QuoteQuery("ukraine", Page: int.MaxValue, PageSize: int.MaxValue));
        Assert.StartsWith("Results stop at page 20 (the best 1,000 matches), so there is no page 2,147,483,647.", farAway.Error?.Message);
    }

    [Fact]
    public void Quote_Hit_CarriesEverythingToCiteIt()
    {
        var hit = Quote(new QuoteQuery("\"patriotic duty\"")).Hits.Single();

        Assert.Equal(Ids.Of(JeanPierrePatrioticDuty), hit.Id);
        Assert.Equal("Karine Jean-Pierre", hit.Speaker);
        Assert.Equal("Press Secretary", hit.Role);
        Assert.Equal(StatementKind.Turn, hit.Kind);
        Assert.Equal(JeanPierrePatrioticDuty.Text, hit.Text);
        Assert.Equal(JeanPierrePatrioticDuty.Question, hit.Question);
        Assert.Equal(Briefing20220615.Title, hit.Title);
        Assert.Equal(new DateOnly(2022, 6, 15), hit.Date);
        Assert.Null(hit.Source);
        Assert.Equal(Briefing20220615.Url, hit.Url);
        Assert.Equal(Briefing20220615.Path, hit.Path);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Get_ById_ReturnsTheWholeStatement_UnknownIsNull()
    {
        var hit = fixture.Searcher.Get(Ids.Of(WuExchanges));

        Assert.Equal(WuExchanges.Text, hit?.Text);
        Assert.Equal("China Military Online", fixture.Searcher.Get(Ids.Of(TanFaceReality))?.Source);
        Assert.Null(fixture.Searcher.Get("000000000000-0000"));
        Assert.Null(fixture.Searcher.Get(""));
    }
}
