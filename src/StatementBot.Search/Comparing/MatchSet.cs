using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StatementBot.Search.Comparing;

/// <summary>
/// Every statement a query matches, as a bit set: lets a comparison ask "does the other side ever use this word
/// here?" by walking the word's postings once instead of running a search per word.
/// </summary>
internal sealed class MatchSet : ICollector
{
    private readonly FixedBitSet _documents;
    private int _docBase;

    private MatchSet(int maxDoc)
    {
        _documents = new FixedBitSet(maxDoc);
    }

    public static MatchSet Collect(IndexSearcher searcher, Query query, Filter? filter)
    {
        var set = new MatchSet(searcher.IndexReader.MaxDoc);
        searcher.Search(query, filter, set);
        return set;
    }

    /// <summary>True when any matched statement contains <paramref name="term"/>.</summary>
    public bool AnyContains(IndexReader reader, Term term)
    {
        foreach (var leaf in reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermDocsEnum(term);
            if (postings is null)
            {
                continue;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (_documents.Get(leaf.DocBase + doc))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => _documents.Set(_docBase + doc);
}
