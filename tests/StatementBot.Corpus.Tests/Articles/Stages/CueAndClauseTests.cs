using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>
/// Speech cues and what they report, end to end on one fictional paragraph each: who the cue finds, and which words
/// become the statement (or none).
/// </summary>
public sealed class CueAndClauseTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Theory]
    [InlineData("Spokesperson Ada Quill said the plan was late.", "the plan was late.")]
    [InlineData("Spokesperson Ada Quill said on Tuesday that the plan was late.", "the plan was late.")]
    [InlineData("Spokesperson Ada Quill told reporters the plan was late.", "the plan was late.")]
    [InlineData("The plan was late, Spokesperson Ada Quill said on Tuesday.", "The plan was late.")]
    [InlineData("According to Spokesperson Ada Quill, the plan was late.", "the plan was late.")]
    public void Reported_ClauseAroundTheCue_IsTheStatement(string paragraph, string text)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal(("Ada Quill", StatementKind.Reported, text), (statement.Speaker, statement.Kind, statement.Text));
    }

    [Theory]
    [InlineData("Spokesperson Ada Quill claimed victory in the examples contest.")]
    [InlineData("Spokesperson Ada Quill announced a new plan for the examples.")]
    [InlineData("Spokesperson Ada Quill insisted on a recount of the examples.")]
    public void Reported_VerbTakingAThing_IsNoStatement(string paragraph)
    {
        Assert.Empty(Attribute(paragraph));
    }

    [Fact]
    public void Direct_InvertedVerbPastARole_IsTheNamedPersons()
    {
        var statement = Assert.Single(Attribute("\"The examples are all finished,\" said study co-author and Senior Fellow Ada Quill."));

        Assert.Equal(("Ada Quill", StatementKind.Direct), (statement.Speaker, statement.Kind));
    }

    [Fact]
    public void Unnamed_SpokespersonOfAMinistry_IsTheMinistrysNeverAPersons()
    {
        var statement = Assert.Single(Attribute("A spokesperson for the Ministry of Examples said the examples were all finished."));

        // The organisation is the source; no person "spokesperson" is made.

        Assert.True(statement.ByOrganisation);
        Assert.Equal("Ministry of Examples", statement.Speaker);
    }

    [Fact]
    public void Direct_QuotationContinuingInTheNextParagraph_IsTheSameSpeakers()
    {
        var statements = Attribute(
            "\"The first example is finished,\" Spokesperson Ada Quill said.",
            "\"The second one will follow within the week.\"");

        Assert.Equal(["Ada Quill", "Ada Quill"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void Direct_QuotationInASentenceWithASourceOfItsOwn_IsNotCarriedToTheParagraphsSpeaker()
    {
        var statements = Attribute(
            "\"The first example is finished,\" Spokesperson Ada Quill said. In the document, the writer supposes a \"great replacement of all the examples\" is coming.");

        Assert.DoesNotContain(statements, s => s.Text.Contains("great replacement", StringComparison.Ordinal));
    }

    [Fact]
    public void Pronoun_AfterASentenceNamingTwoPeopleNeitherItsSubject_IsNobody()
    {
        Assert.Empty(Attribute("At the briefing, a letter from Bo Vance was read to Ada Quill by the host.", "He said that the letter was late."));
    }

    [Fact]
    public void Pronoun_AfterTheSubjectMetSomeone_IsTheSubject()
    {
        var statement = Assert.Single(Attribute("Spokesperson Ada Quill met Rival Minister Bo Vance on Monday.", "She said the meeting was long."));

        Assert.Equal("Ada Quill", statement.Speaker);
    }
}
