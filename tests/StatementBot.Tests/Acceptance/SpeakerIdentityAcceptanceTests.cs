using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>One person, one name, over the whole shared corpus: titles, spellings, surnames, and the directory.</summary>
[Collection(FullCorpusCollection.Name)]
public sealed class SpeakerIdentityAcceptanceTests(FullCorpusFixture corpus)
{
    /// <summary>Words a name made only of them is a title, not a person ("Vice President", "First Lady", "Press Secretary").</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "president", "vice", "first", "lady", "second", "gentleman", "press", "secretary", "deputy", "principal",
        "director", "spokesperson", "nec", "nsc", "chief", "of", "staff", "advisor", "national", "security", "coordinator",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "grandfather", "grandmother", "grandpa", "grandma", "uncle", "aunt", "cousin", "nephew", "niece", "mom", "dad",
    };

    private StatementSearcher Searcher => corpus.Searcher;

    private CommandRouter Router => CommandSet.CreateRouter(corpus.Searcher, corpus.Directory);

    [SharedFact]
    public void Speakers_NoneIsNamedOnlyByATitle_ExceptAnonymousOfficials()
    {
        var titleOnly = Searcher.Speakers.Speakers
            .Where(s => !s.Name.EndsWith("Official", StringComparison.Ordinal) && !s.Name.EndsWith("Officials", StringComparison.Ordinal) && !s.Name.EndsWith("Staff", StringComparison.Ordinal))
            .Where(s => s.Name.Split(' ').All(w => TitleWords.Contains(w)))
            .Select(s => s.Name)
            .ToList();

        Assert.Empty(titleOnly);
    }

    [SharedTheory]
    [InlineData("Vice President", "Kamala Harris")]
    [InlineData("the vice president", "Kamala Harris")]
    [InlineData("First Lady", "Jill Biden")]
    [InlineData("THE FIRST LADY", "Jill Biden")]
    [InlineData("second gentleman", "Douglas Emhoff")]
    public void Speaker_TitleWithOneHolder_IsThatHolderWithTheTitlesStatements(string title, string holder)
    {
        var profile = Searcher.Speaker(title).Value!;

        Assert.Equal(holder, profile.Speaker.Name);
        Assert.Contains(profile.Speaker.OfficeTerms, t => t.First.Year <= 2022 || t.Last.Year >= 2023);
    }

    [SharedTheory]
    [InlineData("the president")]
    [InlineData("President")]
    [InlineData("THE PRESIDENT")]
    public void Speaker_ThePresident_ListsBidenAndTrumpByDateAsChoices(string typed)
    {
        var error = Searcher.Speaker(typed).Error!;

        Assert.StartsWith("The President: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Joe Biden", error.Suggestions);
        Assert.Contains("Donald Trump", error.Suggestions);
        Assert.DoesNotContain("Volodymyr Zelenskyy", error.Suggestions);
        Assert.DoesNotContain("Barack Obama", error.Suggestions);
        Assert.Matches(@"Joe Biden \(2021-0[1-3]-\d\d – 202[45]-\d\d-\d\d\)", error.Message);
        Assert.Matches(@"Donald Trump \((2017|2018|2019)-\d\d-\d\d – 20(19|20)-\d\d-\d\d\)", error.Message);
    }

    [SharedFact]
    public void Speaker_ThePressSecretary_ListsPsakiThenJeanPierreInOrderOfTheirTerms()
    {
        var error = Searcher.Speaker("press secretary").Error!;

        Assert.Contains("Jen Psaki", error.Suggestions);
        Assert.Contains("Karine Jean-Pierre", error.Suggestions);
        Assert.Matches(@"Jen Psaki \(2021-01-\d\d – 2022-0[45]-\d\d\)", error.Message);
    }

    [SharedTheory]
    [InlineData("Xi Jinping", "Xi Jinping")]
    [InlineData("Xi", "Xi Jinping")]
    [InlineData("Lloyd Austin", "Lloyd Austin")]
    [InlineData("Karine Jean Pierre", "Karine Jean-Pierre")]
    [InlineData("KARINE JEAN-PIERRE", "Karine Jean-Pierre")]
    [InlineData("Zelenskyy", "Volodymyr Zelenskyy")]
    [InlineData("Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Zelenskiy", "Volodymyr Zelenskyy")]
    [InlineData("Yoon Suk Yeol", "Yoon Suk Yeol")]
    [InlineData("Angela Merkel", "Angela Merkel")]
    [InlineData("Michelle Obama", "Michelle Obama")]
    [InlineData("DL Hughley", "D.L. Hughley")]
    public void Speaker_VariantOrFullName_ResolvesToOnePerson(string typed, string name)
    {
        var result = Searcher.Speaker(typed);

        Assert.Null(result.Error);
        Assert.Equal(name, result.Value!.Speaker.Name);
        Assert.True(result.Value.Statements > 0);
    }

    /// <summary>Biden quoted in Wikinews articles before he took office and speaking in White House transcripts after: one speaker.</summary>
    [SharedFact]
    public void Speaker_QuotedInArticlesAndSpeakingInTranscripts_IsOnePerson()
    {
        var articles = Searcher.Quote(new QuoteQuery("people", Speaker: "Joe Biden", To: new DateOnly(2021, 1, 19), PageSize: 50)).Value!;
        var transcripts = Searcher.Quote(new QuoteQuery("people", Speaker: "Joe Biden", From: new DateOnly(2021, 2, 1), PageSize: 50)).Value!;

        Assert.Contains(articles.Hits, h => h.Path.Contains("wikinews", StringComparison.Ordinal));
        Assert.Contains(transcripts.Hits, h => h.Path.Contains("wh-briefings", StringComparison.Ordinal));
        Assert.All(articles.Hits.Concat(transcripts.Hits), h => Assert.Equal("Joe Biden", h.Speaker));
        Assert.Single(Searcher.Speakers.Speakers, s => s.Name == "Joe Biden");
    }

    [SharedFact]
    public void Speakers_ZelenskyySpellings_AreOneEntry()
    {
        Assert.Single(Searcher.Speakers.Speakers, s => s.Name.Contains("Zelensk", StringComparison.OrdinalIgnoreCase) || s.Aliases.Any(a => a.StartsWith("Zelensk", StringComparison.OrdinalIgnoreCase)));
    }

    [SharedFact]
    public void Speakers_NoneIsARelativeWordAndASurnameOrAStageDirection()
    {
        var bad = Searcher.Speakers.Speakers
            .Where(s => Relatives.Contains(s.Name.Split(' ')[0]) || s.Name.StartsWith('(') || s.Name.StartsWith("Addressing", StringComparison.Ordinal))
            .Select(s => s.Name)
            .ToList();

        Assert.Empty(bad);
    }

    [SharedFact]
    public void SpeakersCommand_Everyone_ListsTheBusiestFirstWithCountsAndRoleDates()
    {
        var reply = Router.Handle(new CommandRequest("speakers"));

        Assert.False(reply.IsError, reply.Title);
        var rows = reply.Sections.Single().Facts;
        Assert.Equal(10, rows.Count);
        Assert.StartsWith("Karine Jean-Pierre — ", rows[0].Name, StringComparison.Ordinal);
        Assert.Matches(@"Press Secretary \(2022-\d\d-\d\d – 2025-\d\d-\d\d\)", rows[0].Value);
        var counts = rows.Select(r => int.Parse(r.Name.Split(" — ")[1].Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.NotNull(reply.Paging);
        Assert.True(reply.Paging!.Pages > 50, $"{reply.Paging.Pages} pages");
    }

    [SharedTheory]
    [InlineData("spokesperson", "Geng Shuang")]
    [InlineData("jean pierre", "Karine Jean-Pierre")]
    [InlineData("first lady", "Jill Biden")]
    public void SpeakersCommand_Filter_MatchesNamesAliasesAndRoles(string filter, string expected)
    {
        var page = corpus.Directory.List(filter).Value!;

        Assert.Contains(page.Speakers, s => s.Speaker.Name == expected);
        Assert.All(page.Speakers, s => Assert.True(
            new[] { s.Speaker.Name }.Concat(s.Speaker.Aliases).Concat(s.Speaker.RoleSpans.Select(r => r.Role)).Concat(s.Speaker.Roles)
                .Any(t => t.Replace('-', ' ').Contains(filter, StringComparison.OrdinalIgnoreCase)),
            s.Speaker.Name));
        Assert.All(page.Speakers, s => Assert.True(s.Statements > 0));
    }

    [SharedFact]
    public void SpeakersCommand_FilterNobodyMatches_SaysSo()
    {
        var reply = Router.Handle(new CommandRequest("speakers", new Dictionary<string, string> { ["filter"] = "zzqx" }));

        Assert.False(reply.IsError);
        Assert.Equal("No speaker's name, alias or role contains “zzqx”.", reply.Summary);
    }
}
