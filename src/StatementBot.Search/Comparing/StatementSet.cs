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

    /// <summary>
    /// Whether any statement in the set has <paramref name="words"/> one right after the other (what a
    /// <see cref="PhraseQuery"/> of them matches): their postings walked together over the set's statements only,
    /// instead of a search of its own.
    /// </summary>
    public bool AnyWithPhrase(IReadOnlyList<Term> words)
    {
        foreach (var leaf in _reader.Leaves)
        {
            if (Positions(leaf.AtomicReader, words) is { } postings && AnyWithPhrase(leaf, postings))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyWithPhrase(AtomicReaderContext leaf, DocsAndPositionsEnum[] postings)
    {
        var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
        var lead = postings[0];
        var doc = lead.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var global = leaf.DocBase + doc;
            if (!_statements.Get(global))
            {
                var next = _statements.NextSetBit(global);
                if (next < 0 || next >= end)
                {
                    return false;
                }

                doc = lead.Advance(next - leaf.DocBase);
                continue;
            }

            var behind = -1;
            for (var i = 1; i < postings.Length && behind < 0; i++)
            {
                var other = postings[i].DocID < doc ? postings[i].Advance(doc) : postings[i].DocID;
                if (other == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return false;
                }
                if (other > doc)
                {
                    behind = other;
                }
            }

            if (behind >= 0)
            {
                doc = lead.Advance(behind);
                continue;
            }

            if (InARow(postings))
            {
                return true;
            }

            doc = lead.NextDoc();
        }

        return false;
    }

    /// <summary>Each word's positions in one segment, or null when a word is not in it.</summary>
    private static DocsAndPositionsEnum[]? Positions(AtomicReader reader, IReadOnlyList<Term> words)
    {
        var postings = new DocsAndPositionsEnum[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (reader.GetTermPositionsEnum(words[i]) is not { } enumerator)
            {
                return null;
            }
            postings[i] = enumerator;
        }
        return postings;
    }

    /// <summary>Whether, in the document all the enumerators are on, word i stands at some p + i for every i.</summary>
    private static bool InARow(DocsAndPositionsEnum[] postings)
    {
        var positions = new int[postings.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            positions[i] = new int[postings[i].Freq];
            for (var k = 0; k < positions[i].Length; k++)
            {
                positions[i][k] = postings[i].NextPosition();
            }
        }

        foreach (var start in positions[0])
        {
            var all = true;
            for (var i = 1; i < positions.Length && all; i++)
            {
                all = Array.BinarySearch(positions[i], start + i) >= 0;
            }
            if (all)
            {
                return true;
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
