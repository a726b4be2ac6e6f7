using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Transcripts;

public sealed class WhiteHouseTranscriptTests
{
    [SharedFact]
    public void Attribute_JeanPierreBriefing_FirstTurnIsThePressSecretaryByFullName()
    {
        var first = CorpusSamples.Attribute(CorpusSamples.JeanPierreBriefing)[0];

        Assert.Equal("Karine Jean-Pierre", first.Speaker);
        Assert.Equal("Press Secretary", first.Role);
        Assert.Equal(StatementKind.Turn, first.Kind);
        Assert.Equal("Hi, everybody.", first.Text);
        Assert.Null(first.Question);
        Assert.Equal(0, first.Position);
    }

    [SharedFact]
    public void Attribute_PressCallWithAnUnnamedOfficial_TheirTurnsAreNoPersons_TheNamedSpeakersAre()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.QuillianCall);

        var unnamed = statements.Where(s => s.Speaker.Contains("Official", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.NotEmpty(unnamed);
        Assert.All(unnamed, s => Assert.True(s.ByOrganisation, s.Speaker)); // one label, a different official in each call
        Assert.Contains(statements, s => s.Speaker == "Natalie Quillian" && !s.ByOrganisation);
    }

    [SharedFact]
    public void Attribute_JeanPierreBriefing_AnswerKeepsTheQuestionItAnswers()
    {
        var answer = CorpusSamples.Attribute(CorpusSamples.JeanPierreBriefing)
            .Single(s => s.Text.StartsWith("I don’t have any — any — we don’t have any readout or engagement to read out at this time.", StringComparison.Ordinal));

        Assert.Equal("Karine Jean-Pierre", answer.Speaker);
        Assert.StartsWith("Thank you. Two questions. What is the White House view of Speaker McCarthy’s visit to Israel,", answer.Question, StringComparison.Ordinal);
        Assert.EndsWith("did the White House brief Speaker McCarthy before his trip, or any — any officials?", answer.Question, StringComparison.Ordinal);
        Assert.Contains("Look, I’m not going to get into the Speaker’s trip or — to Israel.", answer.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Attribute_QuestionInterruptedByTheAnswer_IsCompletedForTheAnswerAfterIt()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.JeanPierreBriefing);
        var cutOff = statements.Single(s => s.Text == "Look, I want to be —");
        var answer = statements.Single(s => s.Text.StartsWith("I want to be very clear.", StringComparison.Ordinal));

        Assert.EndsWith("Marcos — President Marcos seems to be somewhere in the middle. What message is the President trying to send —", cutOff.Question, StringComparison.Ordinal);
        Assert.StartsWith("On the visit of President Marcos, can you talk a little bit about — he arrived at the South Portico.", answer.Question, StringComparison.Ordinal);
        Assert.EndsWith("What message is the President trying to send — with that welcome?", answer.Question, StringComparison.Ordinal);
        Assert.Equal(cutOff.Position + 1, answer.Position);
    }

    [SharedFact]
    public void Attribute_JeanPierreBriefing_NoFurnitureAndNoGreetingAsQuestion()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.JeanPierreBriefing);

        Assert.DoesNotContain(statements, s => s.Text.Contains("P.M. EDT", StringComparison.Ordinal) || s.Text.Contains("Brady Press Briefing Room", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Text.StartsWith('(') && s.Text.EndsWith(')'));
        Assert.DoesNotContain(statements, s => s.Text.StartsWith("Q ", StringComparison.Ordinal) || s.Text.StartsWith("MS. ", StringComparison.Ordinal));
        Assert.Null(statements.Single(s => s.Text.StartsWith("Join us, Weijia.", StringComparison.Ordinal)).Question);
        Assert.Equal(Enumerable.Range(0, statements.Count), statements.Select(s => s.Position));
        // One turn, one statement: two statements in a row are never the same speaker answering the same question.
        Assert.All(statements.Zip(statements.Skip(1)), pair => Assert.False(
            pair.First.Question is not null && pair.First.Speaker == pair.Second.Speaker && pair.First.Question == pair.Second.Question,
            $"statements {pair.First.Position} and {pair.Second.Position} are one turn"));
    }

    [SharedFact]
    public void Attribute_LongOpeningStatement_IsCutOnlyBecauseItIsSpeechLength_IntoNearEqualPieces()
    {
        var opening = CorpusSamples.Attribute(CorpusSamples.JeanPierreBriefing).Skip(1).TakeWhile(s => s.Question is null).ToList();
        var length = opening.Sum(s => s.Text.Length);

        Assert.True(length > 4000, $"the opening is {length} characters");
        Assert.Equal((length + 3999) / 4000, opening.Count);
        Assert.All(opening, s => Assert.Equal("Karine Jean-Pierre", s.Speaker));
        Assert.All(opening, s => Assert.InRange(s.Text.Length, length / opening.Count / 2, length / opening.Count * 3 / 2));
        Assert.StartsWith("Join us, Weijia. Join us, join us.\n\nLet me first congratulate the White House Correspondent Association", opening[0].Text, StringComparison.Ordinal);
        Assert.Contains("Cleveland, Texas.\n\nTwo of the women killed", opening[0].Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Attribute_KirbyInBriefing_IsNamedWithTheRoleTheTitleGives()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.KirbyBriefing);
        var kirby = statements.First(s => s.Text.Contains("we just don’t have conclusive evidence one way or the other", StringComparison.Ordinal));
        var answer = statements.Single(s => s.Text == "The motivation for his lies?");

        Assert.Equal("John Kirby", kirby.Speaker);
        Assert.Equal("NSC Coordinator for Strategic Communications", kirby.Role);
        Assert.Null(kirby.Question);
        Assert.Equal("John Kirby", answer.Speaker);
        Assert.Equal("So you — you called what Peskov said “a lie” just a moment ago. Could you talk a little bit about what the motivation for that could or would be? And are —", answer.Question);
        Assert.Contains(statements, s => s.Speaker == "Shalanda Young" && s.Role == "OMB Director");
    }

    [SharedFact]
    public void Attribute_LabelWithATypo_IsReadAsTheSpeakerTheDocumentMeans()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.TypoInLabelBriefing);

        Assert.Equal("Karine Jean-Pierre", statements.Single(s => s.Text == "Last question.").Speaker);
        Assert.DoesNotContain(statements, s => s.Speaker.Contains("Jean-Piere", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_SurnameLabel_TakesFullNameAndRoleFromTheTitle()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.QuillianCall);

        var quillian = statements.First(s => s.Text.StartsWith("Great. Thank you. And thank you all for joining us today.", StringComparison.Ordinal));
        Assert.Equal("Natalie Quillian", quillian.Speaker);
        Assert.Equal("Deputy Chief of Staff", quillian.Role);
        Assert.Contains(statements, s => s.Speaker == "Michael Regan" && s.Role == "EPA Administrator");
    }

    [SharedFact]
    public void Attribute_RemarksWithPresidentLabel_GiveTurnsToTheTitlesPresident()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.BidenEconomySpeech);

        Assert.All(statements, s => Assert.Equal(("Biden", "President"), (s.Speaker, s.Role)));
        Assert.StartsWith("Thank you for your patience. We had a very good but long meeting with the chairpersons of the House of Representatives in the Oval,", statements[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.Contains("State Dining Room", StringComparison.Ordinal) || s.Text.Contains("P.M. EST", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_GaggleWithQuestions_AnswersCarryTheirQuestions()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.BidenMarineOneGaggle);

        var threat = statements.Single(s => s.Text.StartsWith("I think it’s a real threat.", StringComparison.Ordinal));
        Assert.Equal("Biden", threat.Speaker);
        Assert.Equal("President", threat.Role);
        Assert.Equal("Mr. President, how concerned — how concerned are you about the threat of chemical warfare right now, that Russia will use chemical weapons? How high is that threat?", threat.Question);
        Assert.DoesNotContain(statements, s => s.Text.Contains("A.M. EDT", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_RemarksWithoutAnyLabel_BelongToTheSpeakerInTheTitle()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.BidenUnityBreakfast);

        Assert.All(statements, s => Assert.Equal(("Biden", "President", StatementKind.Turn), (s.Speaker, s.Role, s.Kind)));
        // A speech is one turn: cut only where it runs past speech length, the last piece ending where it ends.
        Assert.InRange(statements.Count, 1, 1 + statements.Sum(s => s.Text.Length) / 4000);
        Assert.StartsWith("Good morning to everyone joining in this unity breakfast named after Dr. and Mrs. King", statements[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nMay God bless their memory. May God bless you all.", statements[^1].Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Attribute_PreparedRemarksWithoutLabel_DropThePlaceLinesAndSeparators()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.FirstLadyMilitarySpouses);

        Assert.All(statements, s => Assert.Equal(("Jill Biden", "First Lady"), (s.Speaker, s.Role)));
        Assert.StartsWith("Thank you, Eddy, for that introduction, and for all you do for the Military Spouse Employment Partnership.", statements[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.Contains("Alexandria, VA", StringComparison.Ordinal) || s.Text.Contains("***", StringComparison.Ordinal) || s.Text.Contains("###", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_CrowdInterjections_DoNotSplitOrJoinTheSpeakersWords()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.HarrisEllipse);

        Assert.All(statements, s => Assert.Equal(("Harris", "Vice President"), (s.Speaker, s.Role)));
        Assert.DoesNotContain(statements, s => s.Text.Contains("Kamala! Kamala!", StringComparison.Ordinal) || s.Text.Contains("Booo", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains(
            "that’s who is asking you to give him another four years in the Oval Office —\n\n— not to focus on your problems, but to focus on his.",
            StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_TitleInCapitals_StillNamesTheVicePresident()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.HarrisAllCapsTitle);

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(("Harris", "Vice President"), (s.Speaker, s.Role)));
    }
}
