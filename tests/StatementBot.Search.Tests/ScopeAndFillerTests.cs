using StatementBot.Corpus.Attribution;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

/// <summary>
/// Where the words must be (said, asked, both) and filler turns, on the samples plus two of Karine Jean-Pierre's
/// filler turns from the 1 June 2022 briefing, each answering a question about inflation.
/// </summary>
public sealed class ScopeAndFillerTests : IDisposable
{
    private static readonly Statement NoEasyQuestions = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "No easy questions today, huh?",
        "Okay. Another big topic. When are you guys going to admit that you were wrong about inflation?",
        Briefing20220601, 55);

    private static readonly Statement MmHmm = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "Mm-hmm.",
        "I’ll ask just one question. The — something the President mentioned when were in there now when he was talking about inflation — the wheat supplies or the food supplies.",
        Briefing20220601, 107);

    private readonly TempFolder _folder = new();
    private readonly StatementIndex _index;
    private readonly StatementSearcher _searcher;

    public ScopeAndFillerTests()
    {
        new IndexBuilder(_folder.Path).Build(LoadOf([.. All, NoEasyQuestions, MmHmm], Registry), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
        _index = StatementIndex.Open(_folder.Path);
        _searcher = new StatementSearcher(_index);
    }

    private string[] Hits(string text, TextScope scope, string? speaker = null) =>
        _searcher.Quote(new QuoteQuery(text, speaker, PageSize: 20, In: scope)).Value!.Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void Quote_Said_NeedsTheWordInTheSpeakersOwnWords()
    {
        var said = Hits("inflation", TextScope.Said);

        Assert.Equal(Ids.List(JeanPierreGlobalChallenge, JeanPierreRecovery, JeanPierreStability).Order(), said.Order());
        Assert.Equal(said, Hits("inflation", default));
    }

    [Fact]
    public void Quote_Asked_MatchesTheQuestion_AndPhrasesInIt()
    {
        Assert.Equal(Ids.List(JeanPierreRecovery, NoEasyQuestions, MmHmm).Order(), Hits("inflation", TextScope.Asked).Order());
        // Both questions say "wrong about inflation"; only one asks when they are "going to admit" it.
        Assert.Equal(Ids.List(JeanPierreRecovery, NoEasyQuestions).Order(), Hits("\"wrong about inflation\"", TextScope.Asked).Order());
        Assert.Equal(Ids.List(NoEasyQuestions), Hits("\"going to admit\"", TextScope.Asked));
        Assert.Empty(Hits("\"admit going\"", TextScope.Asked));
        Assert.Equal(Ids.List(MmHmm), Hits("\"wheat supplies\"", TextScope.Asked));
        Assert.Empty(Hits("\"wheat supplies\"", TextScope.Said));
        Assert.Equal(Ids.List(MmHmm), Hits("whea*", TextScope.Asked));
    }

    [Fact]
    public void Quote_Both_IsTheUnion_WithTheSpeakersWordsFirst()
    {
        var both = Hits("inflation", TextScope.Both);

        Assert.Equal(Hits("inflation", TextScope.Said).Union(Hits("inflation", TextScope.Asked)).Order(), both.Order());
        Assert.Equal(Ids.List(NoEasyQuestions, MmHmm).Order(), both[^2..].Order());
    }

    [Fact]
    public void Quote_FillerTurns_RankBelowEveryAnswerThatSaysSomething()
    {
        // The short question ("... wrong about inflation?") would put "No easy questions today, huh?" first.
        var asked = Hits("inflation", TextScope.Asked);

        Assert.Equal(Ids.Of(JeanPierreRecovery), asked[0]);
    }

    [Fact]
    public void Speaker_Latest_LeavesFillerOut_AndSaysHowMany()
    {
        var profile = _searcher.Speaker("Karine Jean-Pierre", pageSize: 20).Value!;

        Assert.Equal(2, profile.LeftOut);
        Assert.Equal(profile.Statements, profile.Total + profile.LeftOut);
        Assert.Equal(profile.Total, profile.Hits.Count);
        Assert.DoesNotContain(profile.Hits, h => h.Id == Ids.Of(MmHmm) || h.Id == Ids.Of(NoEasyQuestions));
    }

    [Fact]
    public void Speaker_AboutInAsked_UsesTheScope()
    {
        var said = _searcher.Speaker("Karine Jean-Pierre", "\"going to admit\"").Value!;
        var asked = _searcher.Speaker("Karine Jean-Pierre", "\"going to admit\"", scope: TextScope.Asked).Value!;

        Assert.Equal(0, said.Total);
        Assert.Equal((1, TextScope.Asked), (asked.Total, asked.In));
    }

    [Fact]
    public void Quote_ResolvedSpeaker_ComesBackEvenWithoutHits()
    {
        var result = _searcher.Quote(new QuoteQuery("militaries", Speaker: "jean-pierre")).Value!;

        Assert.Equal(0, result.Total);
        Assert.Equal("Karine Jean-Pierre", result.Speaker?.Name);
        Assert.Null(_searcher.Quote(new QuoteQuery("militaries")).Value!.Speaker);
    }

    [Theory]
    [InlineData("Mm-hmm.", 0)]
    [InlineData("Go ahead, Jacqui.", 1)]
    [InlineData("Thank you, everybody. Good afternoon.", 0)]
    [InlineData("No easy questions today, huh?", 1)]
    public void ContentWords_FillerHasFewerThanTheMinimum(string text, int words)
    {
        Assert.Equal(words, IndexSchema.Content.Words(text));
        Assert.True(words < IndexSchema.Content.Minimum);
    }

    [Fact]
    public void ContentWords_AnAnswerHasMany()
    {
        Assert.True(IndexSchema.Content.Words(JeanPierreSovereignty.Text) >= IndexSchema.Content.FullWeight);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
