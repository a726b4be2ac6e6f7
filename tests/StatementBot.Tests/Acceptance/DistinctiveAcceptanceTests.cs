using System.Text.Json;
using System.Text.RegularExpressions;
using StatementBot.Commands.Compare;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>Distinctive words and phrases, and fair comparisons, on the real shared corpora.</summary>
[Collection(FullCorpusCollection.Name)]
public sealed class DistinctiveAcceptanceTests(FullCorpusFixture corpus)
{
    private static readonly string[] WhiteHouse = ["Karine Jean-Pierre", "Jen Psaki", "Joe Biden", "John Kirby", "Kamala Harris", "Jake Sullivan", "Jeff Zients"];
    private static readonly string[] Ministry = ["Geng Shuang", "Hua Chunying", "Lu Kang", "Zhao Lijian"];

    private StatementSearcher Searcher => corpus.Searcher;

    public static TheoryData<string> Speakers() => [.. WhiteHouse, .. Ministry];

    private static IEnumerable<string> Words(string term) => Regex.Split(term, @"\s+").Where(w => w.Length > 0);

    [SharedTheory]
    [MemberData(nameof(Speakers))]
    public void Speaker_DistinctiveTerms_AreWordsAsWrittenByThem_NeverTheirNameOrANumber(string name)
    {
        var profile = Searcher.Speaker(name).Value!;
        var terms = profile.DistinctiveTerms;

        Assert.True(terms.Count >= 8, $"{name}: {string.Join(", ", terms)}");
        var ownNames = profile.Speaker.Aliases.Append(profile.Speaker.Name)
            .SelectMany(n => Regex.Split(n, @"[^\p{L}]+")).Where(w => w.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            Assert.DoesNotContain(term, t => char.IsDigit(t));
            Assert.All(Words(term), w => Assert.DoesNotContain(w, ownNames));

            // Shown as the speaker writes it, each word standing on its own (not "def- —" nor "mil-to-mil").
            var hits = Searcher.Quote(new QuoteQuery($"\"{term}\"", Speaker: name, PageSize: 50)).Value!.Hits;
            var asWritten = new Regex(@"(?<![\p{L}\p{N}-])" + string.Join(@"\s+", Words(term).Select(Regex.Escape)) + @"(?:['’]s)?(?![\p{L}\p{N}]|-\p{L})");
            Assert.True(hits.Any(h => asWritten.IsMatch(h.Text)), $"{name}: “{term}” is not written so in their statements");
        }
    }

    [SharedTheory]
    [MemberData(nameof(Speakers))]
    public void Speaker_DistinctiveTerms_AreNeverTheirOwnTitleNorAColleaguesFirstName(string name)
    {
        var profile = Searcher.Speaker(name).Value!;
        var office = profile.Speaker.Roles.SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstNames = Searcher.Speakers.Speakers
            .Where(s => s.Roles.Count > 0 && s.Name != profile.Speaker.Name)
            .Select(s => s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(tokens => tokens.Length >= 2)
            .Select(tokens => tokens[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // "President" for a president, "Karine" for the colleague who calls on the room, say nothing of a topic.
        Assert.DoesNotContain(profile.DistinctiveTerms, t => Words(t).Any(w => char.IsUpper(w[0]) && office.Contains(w)));
        Assert.DoesNotContain(profile.DistinctiveTerms, t => !t.Contains(' ') && firstNames.Contains(t));
    }

    [SharedTheory]
    [MemberData(nameof(Speakers))]
    public void Speaker_ThreeWordPhrases_AreNotPiecesCutFromALongerName(string name)
    {
        foreach (var term in Searcher.Speaker(name).Value!.DistinctiveTerms.Where(t => Words(t).Count() == 3))
        {
            // "United States Supreme" is "United States Supreme Court" in every statement that writes it.
            var around = new Regex(@"(?:(\p{Lu}\p{L}+)\s+)?" + string.Join(@"\s+", Words(term).Select(Regex.Escape)) + @"(?:['’]s)?(?:\s+(\p{Lu}\p{L}+))?");
            var texts = Searcher.Quote(new QuoteQuery($"\"{term}\"", Speaker: name, PageSize: 50)).Value!.Hits.Select(h => h.Text).ToList();
            var uses = texts.SelectMany(t => around.Matches(t)).ToList();
            Assert.NotEmpty(uses);
            foreach (var side in new[] { 1, 2 })
            {
                var commonest = uses.Where(m => m.Groups[side].Success).GroupBy(m => m.Groups[side].Value).Select(g => g.Count()).DefaultIfEmpty(0).Max();
                Assert.True(commonest < 0.9 * uses.Count, $"{name}: “{term}” is nearly always part of a longer name ({commonest} of {uses.Count})");
            }
        }
    }

    [SharedFact]
    public void Speaker_APresident_IsNotDistinguishedByTheWordPresident()
    {
        Assert.DoesNotContain(Searcher.Speaker("Xi Jinping").Value!.DistinctiveTerms, t => Words(t).Contains("President"));
    }

    [SharedTheory]
    [MemberData(nameof(Speakers))]
    public void Speaker_DistinctiveTerms_NeverShowAWordBesideAPhraseThatHoldsIt(string name)
    {
        var terms = Searcher.Speaker(name).Value!.DistinctiveTerms;

        var phraseWords = terms.Where(t => t.Contains(' ')).SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(terms, t => !t.Contains(' ') && phraseWords.Contains(t));
    }

    [SharedFact]
    public void Speaker_ForeignMinistrySpokespersons_AreSetAgainstEachOther_AndShowPhrases()
    {
        foreach (var name in Ministry)
        {
            var profile = Searcher.Speaker(name).Value!;

            Assert.Equal("others with the role Foreign Ministry Spokesperson", profile.DistinctiveAgainst);
            // Every spokesperson says "China": against the others it tells nothing.
            Assert.DoesNotContain(profile.DistinctiveTerms, t => t is "China" or "Chinese" or "china" or "chinese");
        }

        Assert.Contains(Ministry, n => Searcher.Speaker(n).Value!.DistinctiveTerms.Any(t => t.Contains(' ')));
        Assert.Contains("Inflation Reduction Act", Searcher.Speaker("Karine Jean-Pierre").Value!.DistinctiveTerms);
        Assert.Equal("others with the role Press Secretary", Searcher.Speaker("Jen Psaki").Value!.DistinctiveAgainst);
    }

    [SharedTheory]
    [InlineData("Geng Shuang", "Huawei")]
    [InlineData("Karine Jean-Pierre", "inflation")]
    [InlineData("John Kirby", "Gaza")]
    public void Speaker_OnATopic_NeverListsTheTopicsOwnWords(string name, string about)
    {
        var profile = Searcher.Speaker(name, about).Value!;

        Assert.NotEmpty(profile.DistinctiveTerms);
        Assert.DoesNotContain(profile.DistinctiveTerms, t => t.Contains(about, StringComparison.OrdinalIgnoreCase));
    }

    [SharedTheory]
    [InlineData("Jen Psaki", "Karine Jean-Pierre", "inflation")]
    [InlineData("Geng Shuang", "Hua Chunying", "Taiwan")]
    [InlineData("Zhao Lijian", "John Kirby", "military")]
    [InlineData("Jen Psaki", "Lu Kang", "Korea")]
    public void Compare_OnATopic_WordsOnlyOneSideUses_AreNotTheTopicNorNamesNorFragments(string a, string b, string about)
    {
        var comparison = Searcher.Compare(a, b, about).Value!;

        foreach (var side in new[] { comparison.A, comparison.B })
        {
            Assert.NotEmpty(side.DistinctiveTerms);
            Assert.DoesNotContain(side.DistinctiveTerms, t => t.Contains(about, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(side.DistinctiveTerms, t => Words(t).Any(w => a.Contains(w, StringComparison.OrdinalIgnoreCase) || b.Contains(w, StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(side.DistinctiveTerms, t => t.Length < 3 || t.Any(char.IsDigit) || t.EndsWith('-'));
            // Nor the topic's phrase with the topic cut off ("North" of "North Korea", "Reduction Act").
            Assert.DoesNotContain(side.DistinctiveTerms, t => t is "North" or "South" or "Reduction Act");
        }
        Assert.Empty(comparison.A.DistinctiveTerms.Intersect(comparison.B.DistinctiveTerms, StringComparer.OrdinalIgnoreCase));
    }

    [SharedTheory]
    [InlineData("Jen Psaki", "Karine Jean-Pierre", "inflation")]
    [InlineData("Geng Shuang", "Zhao Lijian", "Hong Kong")]
    [InlineData("Joe Biden", "Hua Chunying", "tariffs")]
    public void Compare_EachSide_ShowsItsShareAndDateSpan(string a, string b, string about)
    {
        var comparison = Searcher.Compare(a, b, about).Value!;

        foreach (var (side, name) in new[] { (comparison.A, a), (comparison.B, b) })
        {
            var profile = Searcher.Speaker(name).Value!;
            Assert.Equal(profile.Statements, side.StatementsTotal);
            Assert.Equal((profile.First, profile.Last), (side.First, side.Last));
            Assert.True(side.Total > 0 && side.Total <= side.StatementsTotal, $"{name}: {side.Total} of {side.StatementsTotal}");
            Assert.Equal(1000.0 * side.Total / side.StatementsTotal, side.PerThousand, 0.051);
        }
    }

    [SharedTheory]
    [InlineData("Jen Psaki", "Lu Kang", true)]
    [InlineData("Geng Shuang", "John Kirby", true)]
    [InlineData("Jen Psaki", "Karine Jean-Pierre", false)]
    [InlineData("Geng Shuang", "Hua Chunying", false)]
    public void Compare_SpeakersNeverActiveTogether_AreSaidSo(string a, string b, bool apart)
    {
        var comparison = Searcher.Compare(a, b).Value!;

        Assert.Equal(apart, comparison.NeverActiveTogether);
        Assert.Equal(apart, comparison.A.Last < comparison.B.First || comparison.B.Last < comparison.A.First);
    }

    [SharedFact]
    public void CompareReply_ShowsShares_DateSpans_AndTheNeverActiveTogetherNote_InTextAndJson()
    {
        var reply = new CompareCommand(Searcher).Handle(new CommandRequest("compare", ("a", "Jen Psaki"), ("b", "Lu Kang"), ("about", "Korea")));

        Assert.StartsWith("Never active at the same time: Jen Psaki 2021-01-20 – 2022-05-13, Lu Kang 2018-05-14 – 2019-07-18", reply.Summary);
        Assert.Matches(@"^[\d,]+ statements? on “Korea” — [\d.]+ per 1,000 of their [\d,]+$", reply.Sections[0].Facts.Single(f => f.Name == "Statements").Value);
        Assert.Equal("2018-05-14 – 2019-07-18", reply.Sections[1].Facts.Single(f => f.Name == "Dates").Value);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(reply.Data, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        var lu = json.RootElement.GetProperty("b");
        Assert.Equal(Searcher.Speaker("Lu Kang").Value!.Statements, lu.GetProperty("statements_total").GetInt32());
        Assert.Equal(1000.0 * lu.GetProperty("total").GetInt32() / lu.GetProperty("statements_total").GetInt32(), lu.GetProperty("per_thousand").GetDouble(), 0.051);
        Assert.Equal(("2018-05-14", "2019-07-18"), (lu.GetProperty("first").GetString(), lu.GetProperty("last").GetString()));
        Assert.True(json.RootElement.GetProperty("never_active_together").GetBoolean());
    }
}
