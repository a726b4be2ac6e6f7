using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>
/// Where one person's words end and someone else's (or the reporter's) begin: names after "and" and "of", objects of
/// prepositions, kin named by a relation, and the reporter's frame and glosses around a reported claim.
/// </summary>
public sealed class BoundaryTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Fact]
    public void WhichClauseAfterANamedThing_IsTheReportersGloss_NotTheClaim()
    {
        var statement = Assert.Single(Attribute(
            "Otto Quire said the suspects were linked to the Example Liberation Front, which itself grew out of a student society."));

        Assert.Equal("the suspects were linked to the Example Liberation Front.", statement.Text);
    }

    [Fact]
    public void Surname_OfAPersonNamedAfterAnOrganisationAndAnd_IsTheirFullName()
    {
        var statement = Assert.Single(Attribute(
            "The survey was run by the University of Examplia and Ada Quill of Quill Sample Expeditions, a tour company.",
            "Quill remarked, \"We had never seen so many examples in one season.\""));

        Assert.Equal("Ada Quill", statement.Speaker);
        Assert.False(statement.ByOrganisation);
    }

    [Fact]
    public void OrganisationName_GoesOnOverAndIntoOneMoreWord()
    {
        var statement = Assert.Single(Attribute(
            "According to the Examplian Institute of Volcanology and Seismology (EIVS), the examples were found near the coast."));

        Assert.Equal("Examplian Institute of Volcanology and Seismology", statement.Speaker);
        Assert.Equal("the examples were found near the coast.", statement.Text);
    }

    [Fact]
    public void OneNameAfterARelation_IsAPersonNotAnOrganisation()
    {
        var statement = Assert.Single(Attribute("His wife Ada said \"We thought the examples would last forever.\""));

        Assert.Equal("Ada", statement.Speaker);
        Assert.False(statement.ByOrganisation);
    }

    [Fact]
    public void ColonIntroduction_OrganisationInsideTheRole_IsNotTheSpeaker()
    {
        var statement = Assert.Single(Attribute(
            "Former Examples Bureau deputy director Ada Quill praised the team on Twitter: \"They were the best examples I have seen.\""));

        Assert.Equal("Ada Quill", statement.Speaker);
    }

    [Fact]
    public void NamesAfterAPreposition_AreNotTheSubjectOfTheVerb()
    {
        var statements = Attribute(
            "The account for The Example Hour, hosted by Ada Quill and Otto Quire, who both worked for the gazette, tweeted: \"We salute you. You paved the way for the examples.\"");

        Assert.DoesNotContain(statements, s => s.Speaker is "Otto Quire" or "Ada Quill");
    }

    [Fact]
    public void RoleWithItsOwnOf_BeforeTheName_StillNamesTheSpeaker()
    {
        var statement = Assert.Single(Attribute(
            "\"The examples cannot change the facts,\" Examplia director of Example Watch International Ada Quill said in a statement."));

        Assert.Equal("Ada Quill", statement.Speaker);
    }

    [Fact]
    public void ReportedClause_EndsWhereTheReporterTurnsToTheSpeaker()
    {
        var statement = Assert.Single(Attribute(
            "Ada Quill has said publicly the examples should be opened up to farming, and his critics, who include the Example Society, blame him for the losses."));

        Assert.Equal("the examples should be opened up to farming", statement.Text.TrimEnd('.', ','));
    }

    [Fact]
    public void ReportedClause_EndsBeforeTheReportersGlossOnAName()
    {
        var statement = Assert.Single(Attribute(
            "On Wednesday, Minister Ada Quill said the sample was treated with Examplium, a family of compounds first made in Examplia."));

        Assert.Equal("the sample was treated with Examplium", statement.Text.TrimEnd('.', ','));
    }

    [Fact]
    public void ClosingAccordingTo_LeavesTheOpeningTimeToTheReporterAndNamesTheOfficials()
    {
        var statement = Assert.Single(Attribute(
            "At 4:42 local time on Saturday (2042 Friday, UTC), a storm struck the Example Coast, damaging houses, according to Examplian officials."));

        Assert.True(statement.ByOrganisation);
        Assert.Equal("Examplian officials", statement.Speaker);
        Assert.StartsWith("a storm struck the Example Coast", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InvertedVerb_RoleThenNameInApposition_IsTheNamedPersons()
    {
        var statement = Assert.Single(Attribute("\"This day is very hard for me, as I remember the examples,\" said his father, Otto Quire, after the ceremony."));

        Assert.Equal(("Otto Quire", StatementKind.Direct), (statement.Speaker, statement.Kind));
    }

    [Fact]
    public void AccordingToMidSentence_CreditsOnlyTheWordsAfterIt()
    {
        var statements = Attribute("The Example Front is a banned group in Examplia; the Sample Wing is its largest unit, largely rural and, according to Examplia, supportive of the Example Front.");

        var statement = Assert.Single(statements);
        Assert.Equal("supportive of the Example Front", statement.Text.TrimEnd('.'));
    }

    [Fact]
    public void AccordingToWithTheSourcesRoleAfterIt_KeepsTheClaimBefore()
    {
        var statement = Assert.Single(Attribute("Federal authorities are investigating the examples as fraud, according to prosecutor Otto Quire, the Examplia Attorney for the Western District."));

        Assert.Equal("Otto Quire", statement.Speaker);
        Assert.StartsWith("Federal authorities are investigating the examples", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CueOpeningTheSentence_WithASettingAndComma_ReportsWhatFollows()
    {
        var statement = Assert.Single(Attribute("The Examplian Armed Forces said on Sunday, the 36 people infected included 26 army personnel."));

        Assert.True(statement.ByOrganisation);
        Assert.Equal("the 36 people infected included 26 army personnel.", statement.Text);
    }
}
