using StatementBot.Search.Analysis;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

/// <summary>Matching what the user means, on the sample statements: acronyms, spelling variants, other names, suggestions.</summary>
public sealed class MatchingTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private QuoteResult Quote(string text)
    {
        var result = fixture.Searcher.Quote(new QuoteQuery(text, PageSize: 20));
        Assert.Null(result.Error?.Message);
        return result.Value!;
    }

    private static string[] Marked(Snippet snippet) =>
        snippet.Highlights.Select(s => snippet.Text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Quote_UsInCapitals_FindsTheAcronymNotThePronoun()
    {
        var hits = Quote("US").Hits;

        Assert.Contains(Ids.Of(WuExchanges), hits.Select(h => h.Id));
        Assert.Contains(Ids.Of(TanFaceReality), hits.Select(h => h.Id));
        // "That stability will put us in a strong position": the pronoun.
        Assert.DoesNotContain(Ids.Of(JeanPierreStability), hits.Select(h => h.Id));
        Assert.All(hits.SelectMany(h => Marked(h.Snippet)), marked => Assert.Contains(marked, new[] { "US", "U.S" }));
    }

    [Fact]
    public void Quote_UsInLowercase_StillFindsThePronounAndTheAcronym()
    {
        var hits = Quote("us").Hits.Select(h => h.Id).ToArray();

        Assert.Contains(Ids.Of(JeanPierreStability), hits);
        Assert.Contains(Ids.Of(WuExchanges), hits);
    }

    [Fact]
    public void Quote_DottedAndUndotted_FindTheSameStatements()
    {
        Assert.Equal(Quote("US side").Hits.Select(h => h.Id), Quote("U.S. side").Hits.Select(h => h.Id));
        Assert.NotEmpty(Quote("U.S. side").Hits);
    }

    [Fact]
    public void Quote_MisspeltWord_SuggestsTheWordOfTheIndex()
    {
        var result = Quote("militaires");

        Assert.Equal(0, result.Total);
        Assert.Equal("militaries", result.DidYouMean.FirstOrDefault());
        Assert.Empty(Quote("militaries").DidYouMean);
    }

    [Fact]
    public void Analysis_DottedCapitals_AreTheAcronym_ButTimesKeepTheirDots()
    {
        var tokens = TextTokenizer.Tokenize("the concerns of the U.S. in the humanitarian field, at 10 a.m. in the E.U.").Select(t => t.Term);

        Assert.Equal(["the", "concerns", "of", "the", "us", "in", "the", "humanitarian", "field", "at", "10", "a.m", "in", "the", "eu"], tokens);
    }

    [Theory]
    [InlineData("COVID-19 Response Coordinator", "covid")]
    [InlineData("long COVID19 cases", "covid")]
    [InlineData("Covid cases", "covid")]
    [InlineData("the Ministry of National Defence", "defense")]
    [InlineData("President Zelenskiy's leadership", "zelenskyy's")]
    [InlineData("President Zelensky said", "zelenskyy")]
    [InlineData("the vaccination programme", "program")]
    public void Analysis_SpellingVariants_BecomeOneTerm(string text, string term)
    {
        Assert.Contains(term, TextTokenizer.Tokenize(text).Select(t => t.Term));
    }

    [Fact]
    public void Analysis_Acronyms_AreKeptOnlyInOrdinaryText()
    {
        Assert.Equal(["US", "US", "FBI"], Acronyms("the concerns of the U.S. in the humanitarian field. We hope that the US side and the FBI"));
        Assert.Empty(Acronyms("That stability will put us in a strong position to tackle inflation."));
        // A heading in capitals names no acronym.
        Assert.Empty(Acronyms("REMARKS BY VICE PRESIDENT HARRIS AT THE PARIS PEACE FORUM"));
        Assert.Equal(["COVID", "COVID", "NATO"], Acronyms("long Covid and COVID-19 at the Nato summit"));
    }

    [Fact]
    public void Equivalents_FindNamesOfOneThing_AcronymsOnlyInCapitals()
    {
        var northKorea = Assert.Single(Equivalents.Find(["the", "north", "korea", "issue"]));
        Assert.Equal((1, 2), (northKorea.Start, northKorea.Length));
        Assert.Contains(northKorea.Group, m => m.Written == "DPRK");

        Assert.Contains(Assert.Single(Equivalents.Find(["WHO"])).Group, m => m.Written == "World Health Organization");
        Assert.Empty(Equivalents.Find(["who"]));
        Assert.Empty(Equivalents.Find(["north", "carolina"]));
    }

    private static string[] Acronyms(string text)
    {
        using var analyzer = new AcronymAnalyzer();
        using var stream = analyzer.GetTokenStream("text_acronyms", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens.ToArray();
    }
}
