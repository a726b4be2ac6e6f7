using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Articles;

/// <summary>Reads one Wikinews article from the shared corpus and attributes it, as the corpus loader will.</summary>
internal static class WikinewsArticle
{
    public static IReadOnlyList<Statement> Statements(string file)
    {
        var path = Path.Combine(SharedData.Corpora, "wikinews", file);
        var read = new PlainTextReader().Read(path, File.ReadAllText(path));
        Assert.True(read.Document is not null, $"{file} was skipped: {read.Skipped?.Reason}");
        return new ArticleAttributor().Attribute(read.Document);
    }

    /// <summary>The one statement of <paramref name="speaker"/> that contains <paramref name="fragment"/>; fails saying who has it otherwise.</summary>
    public static Statement Said(this IReadOnlyList<Statement> statements, string speaker, string fragment)
    {
        var matches = statements.Where(s => s.Speaker == speaker && s.Text.Contains(fragment, StringComparison.Ordinal)).ToList();
        var holders = string.Join(", ", statements.Where(s => s.Text.Contains(fragment, StringComparison.Ordinal)).Select(s => s.Speaker));
        Assert.True(matches.Count == 1, $"expected one statement by {speaker} containing \"{fragment}\"; found {matches.Count} (holders: {holders})");
        return matches[0];
    }

    public static bool AnyContains(this IReadOnlyList<Statement> statements, string fragment) =>
        statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));
}
