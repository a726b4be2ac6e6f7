using StatementBot.Corpus.Attribution.Articles;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>Paragraphs of clearly fictional text prepared as the attribution stages see them.</summary>
internal static class StageText
{
    public static ArticleSentence Sentence(string text) => new ArticleParagraph(0, text).Sentences[0];

    public static List<Mention> Mentions(ArticlePeople people, params string[] sentences)
    {
        var scanner = new MentionScanner(people);
        var last = new List<Mention>();
        foreach (var text in sentences)
        {
            last = scanner.Find(Sentence(text));
        }
        return last;
    }
}
