using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StatementBot.Search.Opening;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Watching;

/// <summary>
/// The ids of every statement in the index in use, read from the id field's term dictionary segment by segment (a
/// walk along sorted terms, no search), skipping ids whose only documents are deleted (an updated file's old statements).
/// </summary>
public static class StatementIds
{
    public static HashSet<string> Read(StatementIndex index)
    {
        using var lease = index.Acquire();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(IndexSchema.Id.Name) is not { } terms)
            {
                continue;
            }

            var live = reader.LiveDocs;
            var walk = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (walk.MoveNext())
            {
                if (live is not null)
                {
                    docs = walk.Docs(live, docs, DocsFlags.NONE);
                    if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        continue;
                    }
                }

                ids.Add(walk.Term.Utf8ToString());
            }
        }

        return ids;
    }
}
