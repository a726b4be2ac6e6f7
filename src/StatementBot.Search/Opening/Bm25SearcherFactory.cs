using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Opening;

/// <summary>Gives every searcher the scoring the index was written with.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = IndexSchema.CreateSimilarity() };
}
