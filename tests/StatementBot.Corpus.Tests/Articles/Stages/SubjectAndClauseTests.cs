using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>
/// A subject kept apart from its verb by a time or medium, a name inside a prepositional phrase, a report inside a
/// report, a role set off before the name, and a quotation that is a direct statement only.
/// </summary>
public sealed class SubjectAndClauseTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Theory]
    [InlineData("Ada Quill on Sunday told the Example Gazette the examples had been moved overnight.")]
    [InlineData("One curator, Ada Quill, on Sunday told the Example Gazette the examples had been moved overnight.")]
    [InlineData("Ada Quill, in a statement on Tuesday, said the examples had been moved overnight.")]
    public void TimeOrMediumBetweenSubjectAndVerb_TheSubjectSpeaks(string paragraph)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal(("Ada Quill", StatementKind.Reported), (statement.Speaker, statement.Kind));
        Assert.StartsWith("the examples had been moved", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NameInsideAPhraseBeforeTheVerb_IsNotItsSubject()
    {
        var statements = Attribute("Reports citing sources within the Example Party have indicated Otto Brine was encouraged to withdraw.");

        Assert.DoesNotContain(statements, s => s.Speaker.Contains("Party", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportWithinAReport_IsTheFirstSpeakersClaim()
    {
        var statement = Assert.Single(Attribute("Otto Brine, the manager of the Example Cafe, said his colleagues said they last saw the examples on Saturday."));

        Assert.Equal("Otto Brine", statement.Speaker);
        Assert.Equal("his colleagues said they last saw the examples on Saturday.", statement.Text);
    }

    [Theory]
    [InlineData("Ada Quill agreed to the plan, writing that nothing would change.")]
    [InlineData("Ada Quill claimed a right for the society to have a say in the plan.")]
    public void SpeechWordThatIsNoReport_MakesNoClauseOfAThing(string paragraph)
    {
        Assert.DoesNotContain(Attribute(paragraph), s => s.Text.Contains("a say in the plan", StringComparison.Ordinal) || s.Text.StartsWith("to the plan", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleSetOffBeforeTheName_IsNoClaimTheCueCloses()
    {
        var statement = Assert.Single(Attribute("The head of the Example Society's archive, Ada Quill, on Sunday said the society found nothing missing from the archive."));

        Assert.Equal(("Ada Quill", "the society found nothing missing from the archive."), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void RoleAfterWhile_OpensAClauseOfItsOwn()
    {
        var statements = Attribute("Otto Brine called the plan a failure, while the director of the Example Society, Ada Quill, declared victory for the plan.");

        Assert.DoesNotContain(statements, s => s.Speaker == "Ada Quill" && s.Text.Contains("failure", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotationAfterAFewWords_IsTheDirectStatementAlone()
    {
        var statements = Attribute("Ada Quill told the Example Gazette after the verdict \"The society is relieved and glad the long process is over.\"");

        var statement = Assert.Single(statements);
        Assert.Equal((StatementKind.Direct, "The society is relieved and glad the long process is over."), (statement.Kind, statement.Text));
    }

    [Fact]
    public void QuotationTheClaimGoesOnAfter_StaysInTheReportedClaim()
    {
        var statements = Attribute("Ada Quill said it is possible \"that the examples were moved\" and the archive followed the society's rules.");

        Assert.Contains(statements, s => s.Kind == StatementKind.Reported && s.Text.Contains("the archive followed", StringComparison.Ordinal));
    }

    [Fact]
    public void PronounInTheSentenceOfItsSubject_IsThatSubject_NotTheLastSentences()
    {
        var statements = Attribute(
            "The Example Gazette's Otto Byline attended the fair, taking photos.",
            "Otto Quire broke news when he revealed that a reboot of the examples is being considered.");

        Assert.Equal("Otto Quire", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void NameAfterOf_IsNobodyALaterPronounStandsFor()
    {
        var statements = Attribute(
            "Ada Quill talked of being cast in an Example Network television pilot while a guest actor on a long-running show. "
            + "Faced with losing the character of Mara Vell, the producers finally committed to making her a regular. \"It was a good day,\" she recalls.");

        Assert.Equal("Ada Quill", Assert.Single(statements).Speaker);
    }

    [Theory]
    [InlineData("Peter Quire of worldwide victim group Example Watch said, \"The society should publish every example it holds.\"", "Peter Quire")]
    [InlineData("Arnel dela Quire of the army's Example Command said the examples are the suspected culprits.", "Arnel dela Quire")]
    public void PersonOfADescribedOrganisation_SpeaksNotTheOrganisation(string paragraph, string speaker)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal((speaker, false), (statement.Speaker, statement.ByOrganisation));
    }
}
