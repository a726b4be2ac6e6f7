using Lucene.Net.Documents;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Watching;

/// <summary>
/// A statement as the index stores it, read back: the <see cref="Statement"/> it was indexed from (so it can be indexed
/// again, the same way, into a one-document index) and the hit that shows it.
/// </summary>
internal sealed record StoredStatement(string Id, Statement Statement, StatementHit Hit)
{
    public static StoredStatement From(Document document)
    {
        var hit = IndexSchema.ToHit(document, new Snippet("", []), 0);
        var info = new DocumentInfo(hit.Path, hit.Title, hit.Date, hit.Source, hit.Url);
        var statement = new Statement(hit.Speaker, hit.Role, hit.Kind, hit.Text, hit.Question, info, IndexSchema.Position.Read(document), hit.ByOrganisation);
        return new StoredStatement(hit.Id, statement, hit);
    }
}
