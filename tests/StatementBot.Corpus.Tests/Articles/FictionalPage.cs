using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>A page about clearly fictional people, read and attributed as the corpus loader reads a plain-text page.</summary>
internal static class FictionalPage
{
    /// <summary>A newspaper page: title, publication, byline, date.</summary>
    public const string Gazette = "Fictional ministry answers questions about examples\n\nExample Gazette\nOtto Byline\n2020-05-02 10:00:00\n\n";

    /// <summary>A Wikinews interview page: title, site, date, address.</summary>
    public const string Interview = "Wikinews interviews fictional examples curator Ada Quill\n\nWikinews\nMay 2, 2020\nhttps://example.org/x\n\n";

    public static IReadOnlyList<Statement> Attribute(string header, params string[] paragraphs)
    {
        var document = new PlainTextReader().Read("example.txt", header + string.Join("\n\n", paragraphs) + "\n").Document;
        Assert.NotNull(document);
        return new ArticleAttributor().Attribute(document);
    }
}
