using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Verifying;

/// <summary>
/// The statements worth aligning a claim against: those with at least half of the claim's rarest words (as written,
/// in the exact field), ranked by BM25. A misremembered quote keeps most of its rare words; the words it changed
/// or invented are either unknown to the index (left out) or only some of the ones that must match. Rare words
/// keep the query cheap: the postings of "the" and "we" are never walked for a claim that has better words.
/// </summary>
internal static class CandidateQuery
{
    /// <summary>At most this many of the claim's words are asked for.</summary>
    public const int MaxTerms = 12;

    /// <summary>The share of the words asked for that a candidate must have.</summary>
    public const double MustMatch = 0.5;

    /// <summary>The query, or null when no word of the claim is in the index (nothing can come close).</summary>
    public static Query? Build(IEnumerable<string> words, IndexReader reader)
    {
        var chosen = words
            .Distinct(StringComparer.Ordinal)
            .Select(word => (Term: IndexSchema.TextExact.Term(word), Frequency: reader.DocFreq(IndexSchema.TextExact.Term(word))))
            .Where(t => t.Frequency > 0)
            .OrderBy(t => t.Frequency)
            .ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToArray();
        if (chosen.Length == 0)
        {
            return null;
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(chosen.Length * MustMatch)) };
        foreach (var (term, _) in chosen)
        {
            query.Add(new TermQuery(term), Occur.SHOULD);
        }

        return query;
    }
}
