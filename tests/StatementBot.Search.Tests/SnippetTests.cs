using System.Text.RegularExpressions;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed partial class SnippetTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private Snippet SnippetOf(string query, Statement statement, TextScope scope = TextScope.Said)
    {
        var hits = fixture.Searcher.Quote(new QuoteQuery(query, PageSize: 20, In: scope)).Value!.Hits;
        return hits.Single(h => h.Id == Ids.Of(statement)).Snippet;
    }

    private static string[] Marked(Snippet snippet) =>
        snippet.Highlights.Select(s => snippet.Text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Snippet_ShortStatement_IsWhole_WithStemmedMatchesMarked()
    {
        var snippet = SnippetOf("mission impossible", WuContain);

        Assert.Equal(WuContain.Text, snippet.Text);
        Assert.Equal([new TextSpan(196, 10), new TextSpan(301, 7), new TextSpan(309, 10)], snippet.Highlights);
        Assert.Equal(["impossible", "Mission", "Impossible"], Marked(snippet));
    }

    [Fact]
    public void Snippet_StemmedWord_MarksEveryForm()
    {
        Assert.Equal(["containing", "contain"], Marked(SnippetOf("contain", WuContain)));
    }

    [Fact]
    public void Snippet_LongStatement_CutsAtWordsWithEllipses_AroundTheMatch()
    {
        var snippet = SnippetOf("humanitarian", WuExchanges);

        Assert.Equal(
            "…to the concerns of the U.S. in the humanitarian field. We hope that the U.S. side, with the same professional quality and professionalism, will work alongside China to properly address China's concerns in the area of military relations, strengthen communication, manage and control risks, avoid…",
            snippet.Text);
        Assert.Equal([new TextSpan(36, 12)], snippet.Highlights);
    }

    [Fact]
    public void Snippet_StartsAtTheSentence_WhenItBeginsShortlyBefore()
    {
        var snippet = SnippetOf("taiwan", ZhaoTaiwan);

        Assert.Equal(
            "…The Taiwan question is purely China's internal affairs and no foreign country has the right to interfere. We urge the US to abide by the one-China principle and the three China-US joint communiques and prudently handle issues relating to Taiwan so as to avoid causing harm to China-US relations and…",
            snippet.Text);
        Assert.Equal(["Taiwan", "Taiwan"], Marked(snippet));
    }

    [Fact]
    public void Snippet_PicksTheWindowWithTheMostDifferentWords()
    {
        // "militaries" first appears in the opening sentence, too far from "humanitarian" to show both.
        var snippet = SnippetOf("militaries humanitarian", WuExchanges);

        Assert.Equal(
            "…and the cooperation between the two militaries, which demonstrated the importance China attaches to the concerns of the U.S. in the humanitarian field. We hope that the U.S. side, with the same professional quality and professionalism, will work alongside China to properly address China's concerns…",
            snippet.Text);
        Assert.Equal(["militaries", "humanitarian"], Marked(snippet));
    }

    [Fact]
    public void Snippet_AtTheEnd_HasNoTrailingEllipsis_AndUsesTheRoomBefore()
    {
        var snippet = SnippetOf("crises", WuExchanges);

        Assert.Equal(
            "…side, with the same professional quality and professionalism, will work alongside China to properly address China's concerns in the area of military relations, strengthen communication, manage and control risks, avoid crises and promote the development of mil-to-mil relations along the right track.",
            snippet.Text);
        Assert.Equal([new TextSpan(219, 6)], snippet.Highlights);
    }

    [Fact]
    public void Snippet_Phrase_MarksOnlyWhereTheWholePhraseOccurs()
    {
        // The clip's other quotes are left out: one right beside it would be folded into it as the same exchange.
        var snippet = SnippetOf("\"two militaries\" -contain -exchange", WuJointEfforts);

        // "the two countries and the two militaries": only the second "two" is part of the phrase.
        Assert.Equal([new TextSpan(63, 3), new TextSpan(67, 10)], snippet.Highlights);
    }

    [Fact]
    public void Snippet_ParagraphBreaks_BecomeSingleSpaces()
    {
        var snippet = SnippetOf("slander", HuaTaiwan);

        Assert.StartsWith("The Taiwan authorities' allegation that the mainland conducts \"checkbook diplomacy\" is entirely a groundless slander. There is only one China in the world.", snippet.Text);
        Assert.Equal([new TextSpan(109, 7)], snippet.Highlights);
    }

    [Theory]
    [InlineData("ukraine")]
    [InlineData("\"two militaries\" OR taiwan")]
    [InlineData("inflation* prices")]
    [InlineData("china")]
    public void Snippet_IsPlainTextFromTheStatement_AndEverySpanIsAWord(string query)
    {
        var hits = fixture.Searcher.Quote(new QuoteQuery(query, PageSize: 20)).Value!.Hits;

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var body = hit.Snippet.Text.Trim('…');
            Assert.Contains(body, Whitespace().Replace(hit.Text, " "));
            Assert.InRange(hit.Snippet.Text.Length, 1, 352);
            Assert.All(hit.Snippet.Highlights, span => Assert.Matches(@"^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$", hit.Snippet.Text.Substring(span.Start, span.Length)));
        }
    }

    [Fact]
    public void Snippet_WordsOnlyInTheQuestion_ShowTheStatementsStart_Unmarked()
    {
        var snippet = SnippetOf("refiners", JeanPierrePatrioticDuty, TextScope.Asked);

        Assert.StartsWith("Right. We see it as a patriotic duty", snippet.Text);
        Assert.EndsWith("…", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
