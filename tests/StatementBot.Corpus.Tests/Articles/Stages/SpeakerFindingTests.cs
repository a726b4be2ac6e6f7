using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>
/// Who speaks when the sentence does not put the name right before the verb: a sentence opening with the verb,
/// a second verb sharing the subject, affiliations over several hops, pronouns told apart by given names, and
/// a signed block quotation.
/// </summary>
public sealed class SpeakerFindingTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Fact]
    public void SentenceOpeningWithAnInvertibleVerb_GivesTheQuoteToTheNameAfterIt()
    {
        var statement = Assert.Single(Attribute("Remarked Example Society scientist Ada Quill, \"This reprieve is a thank-you from the examples to everyone who kept them.\""));

        Assert.Equal(("Ada Quill", StatementKind.Direct), (statement.Speaker, statement.Kind));
    }

    [Fact]
    public void AnAwardsName_IsNoPerson_ThePublicationStaysTheSource()
    {
        var statements = Attribute(
            "On Wednesday, Lantern magazine named Ada Quill its Lantern Person of the Year.",
            "Lantern reported some were using the slogan \"Examples for everyone\".");

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Lantern", s.Speaker)); // not "Lantern Person", a person the award's name made up
    }

    [Theory]
    [InlineData("The Example Gazette quoted Otto Quire as saying \"The examples are here.\"")]
    [InlineData("The Example Gazette quoted Otto Quire, formerly a deputy director at the Example Society, as saying \"The examples are here.\"")]
    [InlineData("The Example Gazette cited Otto Quire, chief of the Example Agency, as saying \"The examples are here.\"")]
    public void QuotedOrCitedAsSaying_ThePersonQuotedSpeaks_NotThePublication(string paragraph)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal(("Otto Quire", StatementKind.Direct), (statement.Speaker, statement.Kind));
    }

    [Fact]
    public void DescriptionsJoinedByHyphens_AreNoPartOfTheName()
    {
        var statements = Attribute(
            "Ruritanian-born ex-Muslim Ada Quill said the examples were fine.",
            "Newly-elected Otto Brine said the examples were late.");

        Assert.Equal(["Ada Quill", "Otto Brine"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void SecondVerbJoinedByAnd_SharesTheSentencesSubject()
    {
        var statements = Attribute("Otto Quire called the examples plan \"lousy\" and said he would only vote for it if the public could vote on it too.");

        var reported = Assert.Single(statements, s => s.Kind == StatementKind.Reported);
        Assert.Equal("Otto Quire", reported.Speaker);
        Assert.StartsWith("he would only vote for it", reported.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AsideAfterThat_IsSkippedAndTheClauseKept()
    {
        var statement = Assert.Single(Attribute(
            "Otto Quire asked the court to intervene, arguing that, as mayor, he should be immune from the examples inquiry."));

        Assert.Equal("Otto Quire", statement.Speaker);
        Assert.StartsWith("he should be immune", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InfinitiveAfterTheVerb_IsNoStatement()
    {
        Assert.Empty(Attribute("Mayor Otto Quire had agreed to support some of his opponents' plans for the examples."));
    }

    [Theory]
    [InlineData("Ecologist Ada Quill of the University of Examplia in Sampleton also said human actions had little to do with the increase.")]
    [InlineData("Ada Quill of the Examplia's National Example Agency (NEA) said the examples could not hide from the law.")]
    public void NameAttachedByOfOverSeveralHops_IsTheSpeaker(string paragraph)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal("Ada Quill", statement.Speaker);
        Assert.False(statement.ByOrganisation);
    }

    [Fact]
    public void NameInsideARelativeClause_IsNotTheSubject()
    {
        var statement = Assert.Single(Attribute("Quill Paper Company, which makes Example Soft Tissue, emphasized they were working around the clock."));

        Assert.True(statement.ByOrganisation);
        Assert.NotEqual("Example Soft Tissue", statement.Speaker);
    }

    [Fact]
    public void DottedAbbreviationBeforeASentenceOpener_EndsTheSentence()
    {
        var statements = Attribute("The examples were found in Sampleton, D.C. They also stated the search would go on, police said.");

        Assert.DoesNotContain(statements, s => s.Speaker.Contains("D.C.", StringComparison.Ordinal));
    }

    [Fact]
    public void Pronoun_SkipsAPersonWhoseGivenNameIsTheOtherGenders()
    {
        var statements = Attribute(
            "Judge Ada Quill and prosecutor Victor Quire met on Monday.",
            "Victor Quire left early. She said the examples would be heard in June.");

        var reported = Assert.Single(statements);
        Assert.Equal("Ada Quill", reported.Speaker);
    }

    [Fact]
    public void Pronoun_AfterAnUnnamedRelative_IsNobodyNamed()
    {
        var statements = Attribute(
            "Ada Quill was arrested in January after one of her daughters, aged 17, escaped and phoned for help. She said some of her siblings were locked in.");

        Assert.DoesNotContain(statements, s => s.Speaker == "Ada Quill");
    }

    [Fact]
    public void BlockQuotationSignedBelow_IsTheSignersInFull()
    {
        var statements = Attribute(
            "Judge Ada Quill rejected this argument:",
            "The notion of example immunity that the mayor here invokes cuts across the grain of precedent.",
            "Because this Court finds such a doctrine repugnant, it DISMISSES the suit.",
            "– Examplia District Judge Ada Quill, \"Decision and Order\"",
            "The mayor said he would appeal.");

        var block = statements.Where(s => s.Speaker == "Ada Quill").ToList();
        Assert.Equal(2, block.Count);
        Assert.All(block, s => Assert.Equal(StatementKind.Direct, s.Kind));
        Assert.StartsWith("The notion of example immunity", block[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.Contains("Decision and Order", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The study's lead author, doctoral candidate Ada Quill, said, \"We looked at every example in the archive.\"")]
    [InlineData("Member of Parliament (MP) Ada Quill of the Example Party added, \"The examples are being used to concentrate power.\"")]
    [InlineData("Speaking to the gazette, Ada Quill, Examplia Mart's CEO for the region, explained that the company held a small share of the examples market.")]
    public void RoleAroundTheName_StillGivesTheNamedPerson(string paragraph)
    {
        var statement = Assert.Single(Attribute(paragraph));

        Assert.Equal("Ada Quill", statement.Speaker);
    }

    [Fact]
    public void AccordingToASource_ThenAName_TheNameOpensWhatWasSaid()
    {
        var statement = Assert.Single(Attribute("According to the Example News Agency and the Sample Times, Otto Quire is the de facto head of the examples board."));

        Assert.True(statement.ByOrganisation);
        Assert.StartsWith("Otto Quire is the de facto head", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NameGivenWithItsAcronym_IsAnOrganisation()
    {
        var statement = Assert.Single(Attribute("Example Welle (EW) reported in mid-2019, 62 example outlets had closed within a year."));

        Assert.True(statement.ByOrganisation);
        Assert.Equal("62 example outlets had closed within a year.", statement.Text);
    }

    [Fact]
    public void AccordingToADocumentPostedByAPerson_IsThePersons()
    {
        var statement = Assert.Single(Attribute("According to a memo posted online by Senator Otto Quire, the examples hearing was cancelled."));

        Assert.Equal("Otto Quire", statement.Speaker);
    }
}
