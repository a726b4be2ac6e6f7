using StatementBot.Corpus.Attribution.Articles;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>
/// Turns news articles into statements: direct quotes and reported speech, each given to its speaker. A statement
/// is made only where the article says who spoke (a speech verb with a named person, or "he"/"she" for the one
/// just named); a reporter's own narration is never attributed to anyone.
/// </summary>
public sealed class ArticleAttributor
{
    public IReadOnlyList<Statement> Attribute(SourceDocument document) => new ArticleReader(document).Statements();
}
