using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Transcripts;

public sealed class ForeignMinistryTranscriptTests
{
    [SharedFact]
    public void Attribute_GengShuangPage_AnnouncementsAreTurnsOfTheSpokesperson()
    {
        var first = CorpusSamples.Attribute(CorpusSamples.GengShuang20180511)[0];

        Assert.Equal("Geng Shuang", first.Speaker);
        Assert.Equal("Foreign Ministry Spokesperson", first.Role);
        Assert.Equal(StatementKind.Turn, first.Kind);
        Assert.Null(first.Question);
        Assert.StartsWith("At the invitation of President Julius Maada Wonie Bio of the Republic of Sierra Leone,", first.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Attribute_GengShuangPage_FirstAnswerIsTheSpokespersonsWithItsQuestion()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.GengShuang20180511);
        var answer = statements.First(s => s.Kind == StatementKind.Answer);

        Assert.Equal("Geng Shuang", answer.Speaker);
        Assert.StartsWith("You just announced State Councilor and Foreign Minister Wang Yi's upcoming visit to France.", answer.Question, StringComparison.Ordinal);
        Assert.StartsWith("France is a permanent member of the United Nations Security Council,", answer.Text, StringComparison.Ordinal);
        Assert.Contains("During his visit to France, State Councilor and Foreign Minister Wang Yi will meet with President Emmanuel Macron", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.StartsWith("Q:", StringComparison.Ordinal) || s.Text.StartsWith("A:", StringComparison.Ordinal));
        Assert.Equal(
            "With regard to the DPRK-US summit, will President Xi Jinping visit Singapore on June 12 or before or after that?",
            statements.Single(s => s.Text == "We hope that the DPRK-US summit can achieve positive outcomes.").Question);
    }

    [SharedFact]
    public void Attribute_ZhaoLijianPage_NamePrefixedAnswersAndOutletQuestions()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.ZhaoLijian20200703);

        Assert.All(statements, s => Assert.Equal(("Zhao Lijian", "Foreign Ministry Spokesperson", StatementKind.Answer), (s.Speaker, s.Role, s.Kind)));
        Assert.StartsWith("China highly applauds Laos and Vietnam for their staunch support", statements[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The foreign ministry of Laos issued a statement expressing congratulations", statements[0].Question, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.Contains("CCTV:", StringComparison.Ordinal) || s.Text.Contains("Zhao Lijian:", StringComparison.Ordinal) || s.Text.Contains("AFP:", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_QuestionRaisedAfterThePressConference_IsAnsweredNotAnnounced()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.ZhaoLijian20200703);
        var last = statements[^1];

        Assert.StartsWith("In response to Chinese Coast Guard vessels found near Diaoyu Dao for 80 consecutive days", last.Question, StringComparison.Ordinal);
        Assert.StartsWith("Diaoyu Dao and its affiliated islands are China's inherent territory.", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Text.Contains("The following question", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Attribute_LongAnswer_IsOneStatementWithAllItsParagraphs()
    {
        var statements = CorpusSamples.Attribute(CorpusSamples.HuaChunyingOnline20200203);
        var answer = Assert.Single(statements, s => s.Question?.StartsWith("Some countries announced travel restrictions on Chinese citizens.", StringComparison.Ordinal) == true);

        Assert.Equal(("Hua Chunying", StatementKind.Answer), (answer.Speaker, answer.Kind));
        Assert.True(answer.Text.Length > 1500, $"the answer is {answer.Text.Length} characters");
        Assert.Contains("\n\n", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Good afternoon. I'm Hua Chunying, spokesperson of the Ministry of Foreign Affairs.", statements[0].Text, StringComparison.Ordinal);
        Assert.Equal(StatementKind.Turn, statements[0].Kind);
    }
}
