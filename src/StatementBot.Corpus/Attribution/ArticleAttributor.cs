using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>Turns news articles into statements: direct quotes and reported speech, each given to its speaker.</summary>
public sealed class ArticleAttributor
{
    public IReadOnlyList<Statement> Attribute(SourceDocument document) => throw new NotImplementedException();
}
