using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>An interview inside an article: each answer is the interviewee's, with the question it answers.</summary>
public sealed class InterviewReaderTests
{
    private static IReadOnlyList<Statement> Attribute(params string[] paragraphs) => FictionalPage.Attribute(FictionalPage.Interview, paragraphs);

    [Fact]
    public void Answers_MarkedParagraphsAndTheirContinuations_AreTheIntervieweesWithTheQuestion()
    {
        var statements = Attribute(
            "Ada Quill curates the fictional Museum of Examples.",
            "((WN)) How did the museum begin?",
            "((Ada Quill)) It began with one example in a drawer.",
            "Then there were two drawers.",
            "((WN)) What comes next?",
            "((AQ)) A third drawer, of course.");

        var answers = statements.Where(s => s.Kind == StatementKind.Answer).ToList();
        Assert.Equal(
            [("It began with one example in a drawer.", "How did the museum begin?"), ("Then there were two drawers.", "How did the museum begin?"), ("A third drawer, of course.", "What comes next?")],
            answers.Select(a => (a.Text, a.Question)));
        Assert.All(answers, a => Assert.Equal("Ada Quill", a.Speaker));
        Assert.DoesNotContain(statements, s => s.Text.Contains("What comes next", StringComparison.Ordinal));
    }
}
