using StatementBot.Corpus.Attribution;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>
/// Statements real Wikinews articles make in shapes that were once missed — a surname whose full name came
/// earlier without a title, a quotation continued after the attributed one, "according to a tweet by ...", a name
/// and a colon after "speaking via Twitter" — each with its exact speaker and words, and the near misses that
/// must still give nothing.
/// </summary>
public sealed class WikinewsRecallTests
{
    private const string Bolton = "2019-09-12-us-president-trump-ousts-national-security-advisor-bolton.txt";
    private const string PelosiElected = "2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.txt";
    private const string ParisCourt = "2019-02-02-paris-court-jails-two-police-in-high-profile-rape-case.txt";
    private const string SandersEnds = "2020-04-10-bernie-sanders-ends-2020-us-presidential-bid.txt";
    private const string Gillibrand = "2019-08-30-gillibrand-ends-us-presidential-bid.txt";
    private const string MahanAir = "2019-01-23-germany-bans-mahan-air-of-iran-citing-security.txt";
    private const string IranWarrants = "2020-07-02-iran-issues-arrest-warrants-for-36-people-including-us-president-trump.txt";
    private const string RouhaniGulf = "2019-09-23-iran-s-president-rouhani-tells-foreign-powers-to-leave-persian-gulf.txt";
    private const string Kosgei = "2019-10-14-kenya-s-brigid-kosgei-sets-new-world-record-at-chicago-marathon.txt";

    [SharedFact]
    public void Attribute_SurnameAfterFullNameWithoutTitle_GivesBothQuotesToTheFullName()
    {
        var statements = WikinewsArticle.Statements(Bolton);

        var first = statements.Said("Mike Pompeo", "I don't think that any leader around the world");
        Assert.Equal(StatementKind.Direct, first.Kind);
        Assert.Equal("I don't think that any leader around the world should make any assumption that because some one of us departs that President Trump’s foreign policy will change in a material way.", first.Text);
        var second = statements.Said("Mike Pompeo", "There were many times");
        Assert.Equal(StatementKind.Direct, second.Kind);
        Assert.Equal("There were many times that Ambassador Bolton and I disagreed. That's to be sure.", second.Text);
    }

    [SharedFact]
    public void Attribute_SurnameToldThePublic_IsTheSpeakerNamedInTheFirstSentence()
    {
        var statements = WikinewsArticle.Statements(PelosiElected);

        var quote = statements.Said("Nancy Pelosi", "I pledge that this Congress will be transparent");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("I pledge that this Congress will be transparent, bipartisan and unifying; that we will seek to reach across the aisle in this Chamber and across the divisions across our nation.", quote.Text);
    }

    [SharedFact]
    public void Attribute_QuoteThenSurnameSaidThenAnotherQuote_BothAreTheRunners()
    {
        var statements = WikinewsArticle.Statements(Kosgei);

        Assert.Equal("I was not expecting this.", statements.Said("Brigid Kosgei", "I was not expecting this").Text);
        Assert.Equal("But I felt my body was moving, moving, moving so I went for it. This is amazing for me.", statements.Said("Brigid Kosgei", "But I felt my body").Text);
        Assert.Equal(StatementKind.Direct, statements.Said("Paula Radcliffe", "I always knew this time would come").Kind);
    }

    [SharedFact]
    public void Attribute_SheAfterAListOfPeopleSheAccuses_IsNotOneOfThem()
    {
        var statements = WikinewsArticle.Statements(ParisCourt);

        // "she was gang raped by Quirin, Redouane, and an unidentified third officer. She told the court ...".
        Assert.DoesNotContain(statements, s => s.Speaker.Contains("Redouane", StringComparison.Ordinal) && s.Text.Contains("she was forced to drink", StringComparison.Ordinal));
        Assert.False(statements.AnyContains("they raped me"));
    }

    [SharedFact]
    public void Attribute_SenatorFromStateBeforeName_KeepsThePlaceOutOfTheName()
    {
        var statements = WikinewsArticle.Statements(SandersEnds);

        Assert.Equal(StatementKind.Direct, statements.Said("Bernie Sanders", "I do not make this decision lightly").Kind);
        Assert.DoesNotContain(statements, s => s.Speaker.StartsWith("Vermont", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_StatedHerIntention_IsAThingStatedNotAClaim()
    {
        var statements = WikinewsArticle.Statements(Gillibrand);

        Assert.False(statements.AnyContains("her intention to endorse"));
    }

    [SharedFact]
    public void Attribute_QuoteAccordingToATweetByTheSecretaryOfState_IsHisWithTheFullTitle()
    {
        var statements = WikinewsArticle.Statements(MahanAir);

        var quote = statements.Said("Mike Pompeo", "The airline transports weapons");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("US Secretary of State", quote.Role);
        Assert.Equal("The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region.", quote.Text);
    }

    [SharedFact]
    public void Attribute_TitleForAPlaceBeforeTheName_KeepsThePlaceInTheRole()
    {
        var statements = WikinewsArticle.Statements(IranWarrants);

        var quote = statements.Said("Brian Hook", "This is a political nature.");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("US Special Representative for Iran", quote.Role);
        Assert.Equal("It is a propaganda stunt that no-one takes seriously.", statements.Said("Brian Hook", "propaganda stunt").Text);
    }

    [SharedFact]
    public void Attribute_NameOfACountry_NeverBecomesTheSpeaker()
    {
        var statements = WikinewsArticle.Statements(RouhaniGulf);

        Assert.DoesNotContain(statements, s => s.Speaker == "Iran");
        Assert.Equal(StatementKind.Reported, statements.Said("Hassan Rouhani", "foreign powers should").Kind);
    }

    [SharedFact]
    public void Attribute_NameThenSpeakingViaTwitterThenColonQuote_IsTheNamedAdvisersQuote()
    {
        var statements = WikinewsArticle.Statements(Bolton);

        var quote = statements.Said("John R. Bolton", "I offered to resign last night");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal("I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'", quote.Text);
        Assert.DoesNotContain(statements, s => s.Speaker == "Donald Trump" && s.Text.Contains("I offered to resign", StringComparison.Ordinal));
    }
}
