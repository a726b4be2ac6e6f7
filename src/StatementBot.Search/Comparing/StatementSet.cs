using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The statements matching a query and filter, held as one bit per statement, so that "does any of them use this
/// word?" is a walk along the word's postings rather than a new search per word. Not thread-safe: one per request.
/// </summary>
internal sealed class StatementSet
{
    private readonly IndexReader _reader;
    private readonly FixedBitSet _statements;

    private StatementSet(IndexReader reader, FixedBitSet statements)
    {
        _reader = reader;
        _statements = statements;
    }

    public static StatementSet Collect(IndexSearcher searcher, Query query, Filter? filter)
    {
        var statements = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
        searcher.Search(query, filter, new Marker(statements));
        return new StatementSet(searcher.IndexReader, statements);
    }

    /// <summary>Whether any statement in the set has <paramref name="term"/> (deleted statements never count).</summary>
    public bool AnyWith(Term term)
    {
        foreach (var leaf in _reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermDocsEnum(term);
            if (postings is null)
            {
                continue;
            }

            // Leapfrog: jump the postings to the next statement of the set, and the set to the next posting.
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var doc = postings.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var global = leaf.DocBase + doc;
                if (_statements.Get(global))
                {
                    return true;
                }

                var next = _statements.NextSetBit(global);
                if (next < 0 || next >= end)
                {
                    break;
                }

                doc = postings.Advance(next - leaf.DocBase);
            }
        }

        return false;
    }

    private sealed class Marker(FixedBitSet statements) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => statements.Set(_docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
    }
}
