using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>The speech verb table read from its data file: forms, their uses, two-word forms and the words that cancel a form.</summary>
public sealed class SpeechVerbTableTests
{
    [Theory]
    [InlineData("Quill said the plan was late.", 1, "said", "Clause, Invert, Quote")]
    [InlineData("Quill pointed out the plan was late.", 1, "pointed", "Clause")]
    [InlineData("Quill announced that the plan was late.", 1, "announced", "That")]
    [InlineData("Quill told reporters the plan was late.", 1, "told", "Object")]
    public void At_KnownForm_HasItsUses(string text, int at, string first, string expected)
    {
        var uses = Enum.Parse<VerbUse>(expected);
        var verb = ArticleRules.SpeechVerbs.At(StageText.Sentence(text).Paragraph.Tokens, at);

        Assert.NotNull(verb);
        Assert.Equal(first, verb.Words[0]);
        Assert.True(verb.Can(uses), $"{string.Join(' ', verb.Words)} is {verb.Uses}");
    }

    [Fact]
    public void At_TwoWordForm_SpansBothWords()
    {
        var verb = ArticleRules.SpeechVerbs.At(StageText.Sentence("Quill pointed out the flaw.").Paragraph.Tokens, 1);

        Assert.Equal(["pointed", "out"], verb!.Words);
    }

    [Theory]
    [InlineData("Quill insisted on a recount.")]
    [InlineData("Quill called for calm.")]
    [InlineData("Quill announced her resignation.")]
    public void At_FormFollowedByAWordThatCancelsIt_IsNoCue(string text)
    {
        Assert.Null(ArticleRules.SpeechVerbs.At(StageText.Sentence(text).Paragraph.Tokens, 1));
    }

    [Fact]
    public void At_WordInsideAQuotation_IsNoCue()
    {
        Assert.Null(ArticleRules.SpeechVerbs.At(StageText.Sentence("\"I said no,\" Quill wrote.").Paragraph.Tokens, 2));
    }
}
