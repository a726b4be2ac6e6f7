using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>
/// Later references to a speaker the article named before — a role with "the" ("the Wooster professor"), a family
/// noun with its pronoun, "according to him", a surname spelled once differently — and the verb forms that report
/// (a passive with its agent, "with X describing", "went on to say", "vowed to", "said 18 people died").
/// </summary>
public sealed class ReferenceAndVerbFormTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Gazette, paragraphs);

    [Theory]
    [InlineData("\"The examples are safe,\" said Ada Quill, who led the survey. The Northfield professor added, \"We will know more next year.\"")]
    [InlineData("Examplian Foreign Secretary Ada Quill said the examples were safe. The foreign minister added, \"We will know more next year.\"")]
    public void RoleWithTheThatNoOneHolds_IsThePersonInFocus(string paragraph)
    {
        Assert.Contains(Attribute(paragraph), s => s.Speaker == "Ada Quill" && s.Text.StartsWith("We will know more", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWithTheBesideAnotherTitle_IsNobody()
    {
        var statements = Attribute("Judge Ada Quill said the examples were safe. The mayor said he would appeal.");

        Assert.DoesNotContain(statements, s => s.Speaker == "Ada Quill" && s.Text.Contains("appeal", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWithTheThatAnotherPersonHolds_IsNobodyInFocus()
    {
        // The words before the title describe someone else than the one civil aviation minister the article named.
        var statements = Attribute(
            "Civil Aviation Minister Otto Brine said the runway had been closed.",
            "The local health minister said, \"The injured have been taken to the Example Hospital.\"");

        Assert.DoesNotContain(statements, s => s.Speaker == "Otto Brine" && s.Text.Contains("Example Hospital", StringComparison.Ordinal));
    }

    [Fact]
    public void UnnamedSpokesperson_IsNoDescriptionOfTheLastSpeaker()
    {
        var statements = Attribute(
            "Otto Brine said the examples were his. The spokesperson added that they \"would not consider requests of this nature\".");

        Assert.DoesNotContain(statements, s => s.Speaker == "Otto Brine" && s.Text.Contains("requests of this nature", StringComparison.Ordinal));
    }

    [Fact]
    public void FamilyNoun_IsTheLastPersonWithItsPronoun()
    {
        var statements = Attribute(
            "Both Mary Quill and John Quill were sentenced on Friday.",
            "The father said \"I never meant any harm.\"",
            "The mother said \"I am sorry for what happened.\"");

        Assert.Contains(statements, s => s.Speaker == "John Quill" && s.Text.StartsWith("I never meant", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Speaker == "Mary Quill" && s.Text.StartsWith("I am sorry", StringComparison.Ordinal));
    }

    [Fact]
    public void AccordingToHim_IsWhoeverHeIs()
    {
        var statement = Assert.Single(Attribute("Museum spokesperson Otto Brine spoke on the radio on Monday. According to him, the examples were moved before the storm."));

        Assert.Equal(("Otto Brine", StatementKind.Reported), (statement.Speaker, statement.Kind));
        Assert.StartsWith("the examples were moved", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SurnameSpelledOneLetterDifferently_IsTheSamePerson()
    {
        var statements = Attribute(
            "Museum spokesperson Otto Brinkmann said the examples were safe.",
            "\"We will open again on Monday,\" Brinkman said.");

        Assert.Contains(statements, s => s.Speaker == "Otto Brinkmann" && s.Text.StartsWith("We will open", StringComparison.Ordinal));
    }

    [Fact]
    public void PassiveWithAgent_TheAgentSpeaks()
    {
        var statements = Attribute(
            "At the meeting he was told by Example Minister Ada Quill of \"at least forty examples under the rubble\", while Deputy Mayor Otto Brine indicated twelve were missing.");

        Assert.Contains(statements, s => s.Speaker == "Ada Quill" && s.Text.StartsWith("at least forty", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Speaker == "Otto Brine" && s.Text.StartsWith("at least forty", StringComparison.Ordinal));
    }

    [Fact]
    public void WithANameAndAParticiple_TheNameSpeaks()
    {
        var statements = Attribute("The search was suspended, with Ada Quill describing the \"real threat of another collapse\".");

        Assert.Contains(statements, s => s.Speaker == "Ada Quill" && s.Text.StartsWith("real threat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ada Quill said the examples were lost. She went on to say more examples could be found.", "more examples could be found")]
    [InlineData("Museum director Ada Quill vowed to keep the archive open every weekend.", "to keep the archive open")]
    [InlineData("Museum director Ada Quill said 18 examples survived.", "18 examples survived")]
    [InlineData("Museum director Ada Quill announced a survey of the northern galleries was stopped early.", "a survey of the northern galleries was stopped")]
    public void VerbFormsThatReport_GiveTheSpeakerTheClause(string paragraph, string start)
    {
        Assert.Contains(Attribute(paragraph), s => s.Speaker == "Ada Quill" && s.Kind == StatementKind.Reported && s.Text.StartsWith(start, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Museum director Ada Quill announced a new plan for the galleries.")]
    [InlineData("The Example Agency announced the name of the disease first recognized in the galleries.")]
    [InlineData("Museum director Ada Quill reported 1,204 confirmed examples in the galleries.")]
    public void VerbFollowedByAThing_IsNoClause(string paragraph)
    {
        Assert.DoesNotContain(Attribute(paragraph), s => s.Kind == StatementKind.Reported && !s.ByOrganisation && s.Speaker != "Example Agency");
    }

    [Fact]
    public void RoleNounOpeningAName_IsTheRoleEvenWhenTheSurnameIsAPlace()
    {
        var statement = Assert.Single(Attribute("Actor Ada Paris, who trained at the Example School, stated \"She was a gentle soul and a brilliant artist.\""));

        Assert.Equal("Ada Paris", statement.Speaker);
    }

    [Fact]
    public void NameStraightAfterThe_IsAnOrganisation()
    {
        var statement = Assert.Single(Attribute("The Northfield Sun reported the museum had been closed since Monday."));

        Assert.True(statement.ByOrganisation, statement.Speaker);
    }

    [Fact]
    public void ParticipleAfterAPlace_IsTheSentenceSubjects()
    {
        var statement = Assert.Single(Attribute("Otto Brine issued a statement at his club outside Northfield, D.C. saying, \"The simple fact is the count is far from over.\""));

        Assert.Equal("Otto Brine", statement.Speaker);
    }
}
