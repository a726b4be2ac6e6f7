using StatementBot.Corpus.Attribution;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>
/// Attribution on real Wikinews articles: verbatim passages with the exact speaker the article names, and the
/// passages that must not be given to the person standing nearby.
/// </summary>
public sealed class WikinewsAttributionTests
{
    private const string Gdansk = "2019-01-14-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on-stage.txt";
    private const string Magnitogorsk = "2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt";
    private const string IraqVote = "2020-01-06-iraqi-parliament-votes-for-expulsion-of-united-states-troops.txt";
    private const string PelosiInquiry = "2019-09-25-us-speaker-pelosi-announces-trump-impeachment-investigation.txt";
    private const string TrumpEmergency = "2019-01-07-president-trump-says-he-can-and-may-put-us-into-state-of-emergency-to-.txt";
    private const string AmazonFires = "2019-08-24-world-leaders-call-to-address-amazon-rainforest-fires-at-g7.txt";
    private const string PopeDecree = "2019-05-12-pope-francis-instructs-reporting-of-sexual-abuse-to-higher-church-auth.txt";
    private const string NevadaLegislature = "2019-02-07-nevada-becomes-first-state-in-u-s-with-majority-female-legislature.txt";

    [SharedFact]
    public void Attribute_QuoteAfterSpeakerWithTitle_GoesToTheNamedMinisterWithTheTitleAsRole()
    {
        var statements = WikinewsArticle.Statements(Gdansk);

        var quote = statements.Said("Joachim Brudziński", "I can’t find the words, an explanation, for this kind of act.");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Interior Minister", quote.Role);
        Assert.Equal(StatementKind.Direct, statements.Said("Tomasz Stefaniak", "The next hours will decide everything").Kind);
        Assert.Equal("Dr.", statements.Said("Tomasz Stefaniak", "The next hours will decide everything").Role);
        Assert.Equal("We couldn’t win.", statements.Said("Łukasz Szumowski", "We couldn’t win").Text);
    }

    [SharedFact]
    public void Attribute_ToldReportersWithoutThat_ReportsTheClaimNotTheAudience()
    {
        var statements = WikinewsArticle.Statements(Gdansk);

        var report = statements.Said("Krzysztof Sierak", "psychiatric assessments will be carried out");
        Assert.Equal(StatementKind.Reported, report.Kind);
        Assert.Equal("psychiatric assessments will be carried out to confirm if Stefan W is fit for trial.", report.Text);
    }

    [SharedFact]
    public void Attribute_ReportersNarration_IsNobodysStatement()
    {
        var statements = WikinewsArticle.Statements(Gdansk);

        Assert.False(statements.AnyContains("The fundraiser was intending this year"));
        Assert.False(statements.AnyContains("Adamowicz was an early supporter of democracy"));
    }

    [SharedFact]
    public void Attribute_QuoteFollowedBySpeakerAndVerb_IsDirectWithTheRoleBeforeTheName()
    {
        var statements = WikinewsArticle.Statements(Magnitogorsk);

        var quote = statements.Said("Alexander Chupriyan", "The search and rescue operation is complete");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Deputy Emergency Situations Minister", quote.Role);
        Assert.Equal("The search and rescue operation is complete.", quote.Text);
    }

    [SharedFact]
    public void Attribute_OrganisationsSaying_AreNotSpeakers()
    {
        var statements = WikinewsArticle.Statements(Magnitogorsk);

        // "The Emergencies Ministry said six deaths were of children." / "Officials said three people died": kept as the
        // organisations' words, never a person's.
        Assert.All(statements.Where(s => s.Text.Contains("six deaths were of children", StringComparison.Ordinal)
            || s.Text.Contains("three people died", StringComparison.Ordinal)), s => Assert.True(s.ByOrganisation, s.Speaker));
        Assert.Equal(["Alexander Chupriyan", "Boris Dubrovsky", "Oleg Klimov", "Veronika Skvortsova", "Yevgeny Zinichev"], statements.Where(s => !s.ByOrganisation).Select(s => s.Speaker).Distinct().Order());
    }

    [SharedFact]
    public void Attribute_SpokespersonNamedBetweenCommas_GetsTheQuoteAfterHeSaid()
    {
        var statements = WikinewsArticle.Statements(IraqVote);

        var quote = statements.Said("Morgan Ortagus", "we strongly urge Iraqi leaders to reconsider the importance");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("United States Department of State spokesperson", quote.Role);
        // The prime minister's own recommendation, relayed by NPR, is his; the spokesperson's words never are.
        Assert.DoesNotContain(statements, s => s.Speaker == "Adil Abdul-Mahdi" && s.Text.Contains("Iraqi leaders", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_SheAnnouncedAfterTheSpeakersSentence_ResolvesToTheSpeaker()
    {
        var statements = WikinewsArticle.Statements(PelosiInquiry);

        var quote = statements.Said("Nancy Pelosi", "[T]he House of Representatives is moving forward with an official impeachment inquiry");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Speaker of the House of Representatives", quote.Role);
    }

    [SharedFact]
    public void Attribute_SurnameAndAlsoSaidThat_ResolveToThePresidentNamedEarlier()
    {
        var statements = WikinewsArticle.Statements(TrumpEmergency);

        Assert.Equal(StatementKind.Direct, statements.Said("Donald Trump", "I can do it [call a national emergency] if I want. I may do it.").Kind);
        Assert.Equal(StatementKind.Reported, statements.Said("Donald Trump", "he would prefer to agree a solution with the opposition").Kind);
        Assert.Equal(StatementKind.Direct, statements.Said("Nancy Pelosi", "We are committed to keeping our border safe.").Kind);
    }

    [SharedFact]
    public void Attribute_ExclamationQuoteThenSpeakerToldTheWorld_StaysOneAttribution()
    {
        var statements = WikinewsArticle.Statements(AmazonFires);

        var quote = statements.Said("Emmanuel Macron", "Our house is burning. Literally.");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.EndsWith("let's discuss this emergency first order in two days!", quote.Text);
        Assert.False(statements.AnyContains("the world on Thursday via Twitter"));
    }

    [SharedFact]
    public void Attribute_TwoQuotedPeopleInOneParagraph_EachKeepsTheirOwnWords()
    {
        var statements = WikinewsArticle.Statements(PopeDecree);

        Assert.Equal(StatementKind.Direct, statements.Said("Charles Scicluna", "People must know that bishops are at the service of the people.").Kind);
        Assert.DoesNotContain(statements, s => s.Speaker == "Charles Scicluna" && s.Text.Contains("We have said for years", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_CapitalisedTitleBeforeCommaAndName_NamesTheAssemblywoman()
    {
        var statements = WikinewsArticle.Statements(NevadaLegislature);

        var quote = statements.Said("Jill Tolles", "Before I ran for office I did look at the makeup");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("Republican Assemblywoman", quote.Role);
    }

    [SharedTheory]
    [InlineData("2019-09-29-fianc-e-of-murdered-saudi-journalist-demands-justice-at-un-general-ass.txt", "Mohammad bin Salman", "By confessing this")]
    [InlineData("2020-06-03-south-sudanese-politician-john-luk-jok-dies-aged-about-68.txt", "John Luk Jok", "John Luk was very honest")]
    [InlineData("2020-08-25-caloundra-defeat-wynnum-in-fourth-round-of-2020-sunshine-coast-rugby-u.txt", "Matt Myers", "We've been working hard on our fitness")]
    [InlineData("2020-10-29-on-the-campaign-trail-in-the-usa-september-2020.txt", "Jo Jorgensen", "We need to stop policing the world")]
    [InlineData("2020-11-07-joe-biden-projected-us-president-elect.txt", "Donald Trump", "With the campaign over")]
    [InlineData("2019-05-12-pope-francis-instructs-reporting-of-sexual-abuse-to-higher-church-auth.txt", "Charles Scicluna", "We have said for years")]
    public void Attribute_HeOrSheAfterSomeoneElse_NeverGivesTheWordsToTheWrongPerson(string file, string wrongSpeaker, string fragment)
    {
        var statements = WikinewsArticle.Statements(file);

        var wrong = statements.FirstOrDefault(s => s.Speaker == wrongSpeaker && s.Text.Contains(fragment, StringComparison.Ordinal));
        Assert.True(wrong is null, $"{wrongSpeaker} was given words that are someone else's: {wrong?.Text}");
    }

    [SharedFact]
    public void Attribute_WholeWikinewsCorpus_EveryStatementHasAFullNameAndWordsAndNeverTheBylineSource()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.Corpora, "wikinews"), "*.txt");
        var statements = files.SelectMany(f => WikinewsArticle.Statements(Path.GetFileName(f))).ToList();

        Assert.InRange(statements.Count(s => !s.ByOrganisation), 1500, 3000);
        Assert.All(statements.Where(s => !s.ByOrganisation), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
            Assert.NotEqual("Wikinews", s.Speaker);
            Assert.DoesNotContain("Image:", s.Text, StringComparison.Ordinal);
            Assert.False(s.Speaker.StartsWith("The ", StringComparison.Ordinal), s.Speaker);
        });
    }
}
