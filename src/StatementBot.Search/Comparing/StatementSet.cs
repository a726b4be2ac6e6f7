using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The statements matching a query and filter, held as one bit per statement, so that "does any of them use this
/// word?" is a walk along the word's postings rather than a new search per word. A comparison asks this of up to 80
/// words, so each segment's terms enumerator and postings are reused from one word to the next (Lucene's own
/// lookup by term makes a new enumerator, with its frames and buffers, every time). Not thread-safe: one per request.
/// </summary>
internal sealed class StatementSet
{
    private readonly IndexReader _reader;
    private readonly FixedBitSet _statements;
    private readonly Postings[] _leaves;

    private StatementSet(IndexReader reader, FixedBitSet statements)
    {
        _reader = reader;
        _statements = statements;
        _leaves = new Postings[reader.Leaves.Count];
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
        var leaves = _reader.Leaves;
        for (var l = 0; l < leaves.Count; l++)
        {
            var leaf = leaves[l];
            var postings = LeafPostings(l, leaf, term.Field).Docs(term.Bytes);
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
        var leaves = _reader.Leaves;
        for (var l = 0; l < leaves.Count; l++)
        {
            if (LeafPostings(l, leaves[l], words[0].Field).Positions(words) is { } postings && AnyWithPhrase(leaves[l], postings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reusable postings of segment <paramref name="index"/> for <paramref name="field"/>.</summary>
    private Postings LeafPostings(int index, AtomicReaderContext leaf, string field)
    {
        var postings = _leaves[index];
        if (postings is null || postings.Field != field)
        {
            postings = new Postings(leaf.AtomicReader, field);
            _leaves[index] = postings;
        }
        return postings;
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

    /// <summary>One segment's terms of one field, and the postings last read from them, to be read again for the next word.</summary>
    private sealed class Postings(AtomicReader reader, string fieldName)
    {
        private readonly TermsEnum? _terms = reader.GetTerms(fieldName)?.GetEnumerator();
        private DocsEnum? _docs;
        private DocsAndPositionsEnum?[] _positions = [];

        public string Field => fieldName;

        /// <summary>The statements with <paramref name="term"/>, or null when the segment has none.</summary>
        public DocsEnum? Docs(BytesRef term)
        {
            if (_terms is null || !_terms.SeekExact(term))
            {
                return null;
            }

            _docs = _terms.Docs(reader.LiveDocs, _docs, DocsFlags.NONE);
            return _docs;
        }

        /// <summary>Each word's positions, or null when a word is not in the segment (the array is reused by the next call).</summary>
        public DocsAndPositionsEnum[]? Positions(IReadOnlyList<Term> words)
        {
            if (_terms is null)
            {
                return null;
            }

            if (_positions.Length < words.Count)
            {
                Array.Resize(ref _positions, words.Count);
            }

            var postings = new DocsAndPositionsEnum[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                if (!_terms.SeekExact(words[i].Bytes) || _terms.DocsAndPositions(reader.LiveDocs, _positions[i], DocsAndPositionsFlags.NONE) is not { } enumerator)
                {
                    return null;
                }
                _positions[i] = enumerator;
                postings[i] = enumerator;
            }
            return postings;
        }
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
