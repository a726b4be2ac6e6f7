using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>
/// The attribution conventions on a page about clearly fictional people (the Ministry of Examples and its
/// spokespeople), so each rule can be shown on its own.
/// </summary>
public sealed class ArticleAttributorTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Fact]
    public void Attribute_InvertedVerbWithRankAndRole_StripsTheRankFromTheName()
    {
        var statements = Attribute(
            "CAPITAL CITY, May 2 -- The ministry rejects every rumour about the examples, said Senior Colonel Ada Quill, spokesperson for the fictional Ministry of Examples (MoE), at a regular press conference.");

        var statement = Assert.Single(statements);
        Assert.Equal("Ada Quill", statement.Speaker);
        Assert.Equal("spokesperson for the fictional Ministry of Examples", statement.Role);
        Assert.Equal(StatementKind.Reported, statement.Kind);
        Assert.Equal("The ministry rejects every rumour about the examples.", statement.Text);
    }

    [Fact]
    public void Attribute_SurnameLater_ResolvesToTheFullNameAndKeepsTheRole()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill of the fictional Ministry of Examples opened the briefing.",
            "In response, Quill said that the examples are all made up.");

        var statement = Assert.Single(statements);
        Assert.Equal("Ada Quill", statement.Speaker);
        Assert.Equal("Spokesperson", statement.Role);
        Assert.Equal("the examples are all made up.", statement.Text);
    }

    [Fact]
    public void Attribute_ParentheticalAttribution_KeepsTheWordsOnBothSidesAndTheFollowingSentence()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill spoke first.",
            "In contrast, Quill stated, the other ministry has never shown an example. It has only shown drafts.");

        var statement = Assert.Single(statements);
        Assert.Equal("In contrast, the other ministry has never shown an example. It has only shown drafts.", statement.Text);
    }

    [Fact]
    public void Attribute_ClosingSaidAtParagraphEnd_TakesTheWholeParagraph()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill spoke first.",
            "Every example deserves a fair reading. It is hoped that readers will read them all, Quill said.");

        Assert.Equal("Every example deserves a fair reading. It is hoped that readers will read them all.", Assert.Single(statements).Text);
    }

    [Fact]
    public void Attribute_NameColonQuoteOverThreeParagraphs_IsOneDirectStatementAParagraph()
    {
        var statements = Attribute(
            "Ada Quill, the spokesperson of the fictional Ministry of Examples, spoke at the briefing.",
            "Ada Quill: \"The first example is finished.",
            "\"The second example is nearly finished.",
            "\"The third example has not been started.\"");

        Assert.Equal(
            ["The first example is finished.", "The second example is nearly finished.", "The third example has not been started."],
            statements.Select(s => s.Text));
        Assert.All(statements, s =>
        {
            Assert.Equal("Ada Quill", s.Speaker);
            Assert.Equal(StatementKind.Direct, s.Kind);
            Assert.Equal("spokesperson of the fictional Ministry of Examples", s.Role);
        });
    }

    [Fact]
    public void Attribute_OtherPersonsClaimQuotedByTheSpokesperson_StaysWithThatPerson()
    {
        var statements = Attribute(
            "The ministry rejects the claims of Rival Minister Bo Vance, said Spokesperson Ada Quill.",
            "Vance has said that the examples were copied from his ministry.",
            "In response, Quill said that every example was written from scratch.");

        Assert.Equal(
            [("Ada Quill", "The ministry rejects the claims of Rival Minister Bo Vance."), ("Bo Vance", "the examples were copied from his ministry."), ("Ada Quill", "every example was written from scratch.")],
            statements.Select(s => (s.Speaker, s.Text)));
        Assert.Equal("Rival Minister", statements[1].Role);
    }

    [Fact]
    public void Attribute_HeAfterASentenceNamingTwoPeopleNeitherFirst_IsNobody()
    {
        var statements = Attribute(
            "At the briefing, a letter from Bo Vance was read to Ada Quill by the host.",
            "He said that the letter was late.");

        Assert.Empty(statements);
    }

    [Fact]
    public void Attribute_HeAfterTheSentenceSubject_IsTheSubject()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill answered a letter from Rival Minister Bo Vance.",
            "She said that the letter was late.");

        Assert.Equal("Ada Quill", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void Attribute_BylineAuthor_IsNeverASpeaker()
    {
        var statements = Attribute("Spokesperson Ada Quill said that the briefing was short.");

        Assert.DoesNotContain(statements, s => s.Speaker.Contains("Byline", StringComparison.Ordinal));
        Assert.Equal("Ada Quill", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void Attribute_SplitQuote_GivesBothHalvesToTheSpeaker()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill spoke first.",
            "\"The examples are ready,\" Quill said, \"and the drafts will follow.\"");

        Assert.Equal(["The examples are ready.", "and the drafts will follow."], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
    }

    [Fact]
    public void Attribute_Positions_FollowDocumentOrder()
    {
        var statements = Attribute(
            "Spokesperson Ada Quill said that the first example was ready.",
            "Rival Minister Bo Vance said that the second example was not.");

        Assert.Equal([0, 1], statements.Select(s => s.Position));
        Assert.Equal(["Ada Quill", "Bo Vance"], statements.Select(s => s.Speaker));
        Assert.All(statements, s => Assert.Equal("Fictional ministry answers questions about examples", s.Document.Title));
    }
}
