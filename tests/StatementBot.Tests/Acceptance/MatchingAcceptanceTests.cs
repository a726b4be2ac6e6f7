using System.Text.Json;
using System.Text.RegularExpressions;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Tests.Cli;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>
/// Matching what the user means, on the whole shared corpora: acronyms typed in capitals, spelling variants, the
/// corpora's other names for one thing, and suggestions for misspelt words.
/// </summary>
[Collection(FullCorpusCollection.Name)]
public sealed class MatchingAcceptanceTests(FullCorpusFixture corpus, SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    private StatementSearcher Searcher => corpus.Searcher;

    private QuoteResult Quote(string text, string? speaker = null, int pageSize = 20)
    {
        var result = Searcher.Quote(new QuoteQuery(text, speaker, PageSize: pageSize));
        Assert.Null(result.Error?.Message);
        return result.Value!;
    }

    [SharedTheory]
    [InlineData("US", "Jen Psaki", @"\bU\.?S\b")]
    [InlineData("WHO", "Jen Psaki", @"\bWHO\b")]
    [InlineData("WHO", null, @"\bWHO\b")]
    [InlineData("UN", null, @"\bU\.?N\b")]
    [InlineData("EU", null, @"\bE\.?U\b")]
    [InlineData("NATO", null, @"\bNATO\b|\bNato\b")]
    [InlineData("IT", null, @"\bIT\b")]
    [InlineData("PRC", null, @"\bPRC\b")]
    public void Quote_AcronymInCapitals_EveryHitWritesTheAcronymAndOnlyItIsMarked(string acronym, string? speaker, string written)
    {
        var result = Quote(acronym, speaker, pageSize: 50);
        var pattern = new Regex(written);
        var others = result.AlsoMatching.Select(name => new Regex(Regex.Escape(name), RegexOptions.IgnoreCase)).ToArray();

        Assert.True(result.Total >= 5, $"{acronym}: {result.Total} hits");
        foreach (var hit in result.Hits)
        {
            Assert.True(pattern.IsMatch(hit.Text) || (hit.Question is { } q && pattern.IsMatch(q)) || others.Any(o => o.IsMatch(hit.Text)), hit.Text);
            foreach (var mark in hit.Snippet.Marks())
            {
                var marked = hit.Snippet.Text.Substring(mark.Start, mark.Length);
                Assert.True(pattern.IsMatch(marked) || others.Any(o => o.IsMatch(marked)) || marked.Any(char.IsUpper), $"{acronym} marked \"{marked}\"");
                Assert.NotEqual(acronym.ToLowerInvariant(), marked);
            }
        }
    }

    [SharedTheory]
    [InlineData("US", "Jen Psaki", 1.0)]
    [InlineData("WHO", "Jen Psaki", 0.1)]
    [InlineData("IT", null, 0.01)]
    public void Quote_AcronymInCapitals_FindsFewerThanTheWordInAnyCase(string acronym, string? speaker, double share)
    {
        var capitals = Quote(acronym, speaker).Total;
        var lower = acronym.ToLowerInvariant();
        var anyCase = Quote(lower == "it" ? "\"it\"" : lower, speaker).Total;

        Assert.True(capitals < share * anyCase, $"{acronym}: {capitals} in capitals, {anyCase} in any case");
    }

    [SharedFact]
    public void Quote_WordTypedInLowercase_StillMatchesEveryCase()
    {
        var who = Quote("who", "Jen Psaki");

        // Her own words only (the default reading): the questions put to her add over a thousand more.
        Assert.True(who.Total > 2_000, $"{who.Total}");
        Assert.Empty(who.AlsoMatching);
    }

    [SharedTheory]
    [InlineData("U.S. tariffs", "US tariffs", "Geng Shuang")]
    [InlineData("U.N. Security Council", "UN Security Council", null)]
    [InlineData("E.U.", "EU", null)]
    [InlineData("COVID-19 vaccine", "Covid vaccine", null)]
    [InlineData("COVID19", "COVID", null)]
    [InlineData("defence ministry", "defense ministry", null)]
    [InlineData("programme", "program", null)]
    [InlineData("favour", "favor", null)]
    [InlineData("Zelensky", "Zelenskyy", null)]
    [InlineData("Zelenskiy", "Zelenskyy", null)]
    public void Quote_SpellingVariants_FindTheSameStatements(string one, string other, string? speaker)
    {
        var first = Quote(one, speaker);
        var second = Quote(other, speaker);

        Assert.True(first.Total > 0, $"{one}: no hit");
        Assert.Equal(second.Total, first.Total);
    }

    [SharedFact]
    public void Quote_UsTariffsByGengShuang_BothSpellingsFindAbout80()
    {
        // In what he said; the questions put to him (in:both) nearly double it.
        Assert.InRange(Quote("U.S. tariffs", "Geng Shuang").Total, 30, 120);
    }

    [SharedTheory]
    [InlineData("\"North Korea\"", "Lu Kang", "DPRK", 50)]
    [InlineData("DPRK", "Lu Kang", "North Korea", 50)]
    [InlineData("World Health Organization", null, "WHO", 100)]
    [InlineData("\"People's Republic of China\"", null, "PRC", 200)]
    [InlineData("South Korea", null, "ROK", 100)]
    [InlineData("European Union", null, "EU", 200)]
    public void Quote_OtherNameOfTheSameThing_IsMatchedAndAnnounced(string text, string? speaker, string added, int atLeast)
    {
        var result = Quote(text, speaker);
        var typedOnly = Quote(text.StartsWith('"') ? text + " -\"" + added + "\"" : text, speaker);

        Assert.Contains(added, result.AlsoMatching);
        Assert.True(result.Total >= atLeast, $"{text}: {result.Total}");
        Assert.True(result.Total > typedOnly.Total || typedOnly.AlsoMatching.Count > 0, $"{text}: {result.Total} against {typedOnly.Total}");
    }

    [SharedFact]
    public void Quote_NorthKoreaByLuKang_FindsHisDprkAnswers()
    {
        var result = Quote("\"North Korea\"", "Lu Kang");

        Assert.True(result.Total >= 60, $"{result.Total}");
        Assert.Equal(["DPRK", "Democratic People's Republic of Korea"], result.AlsoMatching);
    }

    [SharedTheory]
    [InlineData("tarrifs", "tariffs")]
    [InlineData("inflaton", "inflation")]
    [InlineData("ukriane", "ukraine")]
    [InlineData("vacine", "vaccine")]
    [InlineData("huawai", "huawei")]
    public void Quote_MisspeltWord_SuggestsTheIndexWordFirst(string typed, string meant)
    {
        var result = Quote(typed);

        Assert.NotEmpty(result.DidYouMean);
        Assert.Equal(meant, result.DidYouMean[0]);
        Assert.True(Quote(meant).Total > 10);
    }

    [SharedFact]
    public void Quote_MisspeltWordInLongerQuery_CorrectsOnlyThatWord()
    {
        var result = Quote("US tarrifs", "Geng Shuang");

        Assert.Equal("US tariffs", result.DidYouMean[0]);
    }

    [SharedFact]
    public void Quote_WellSpeltWord_GetsNoSuggestion()
    {
        Assert.Empty(Quote("tariffs").DidYouMean);
        Assert.Empty(Quote("semiconductors").DidYouMean);
    }

    [Fact]
    public void QuoteReply_MisspeltWord_SaysDidYouMean_InTextAndJson()
    {
        var text = CliRun.Of(seeds.Args("quote", "militaires"));
        var json = CliRun.Of(seeds.Args("quote", "militaires", "--json"));

        Assert.Contains("Did you mean: militaries?", text.Output);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("militaries", document.RootElement.GetProperty("did_you_mean")[0].GetString());
        Assert.Equal(0, document.RootElement.GetProperty("also_matching").GetArrayLength());
    }
}
