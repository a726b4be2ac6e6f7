using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Watching;

/// <summary>
/// What a statement must contain for a query to match it, as sets of terms each of which needs one of its terms present:
/// a word needs its term, a phrase each of its words, an AND what each of its parts needs, an OR one of what its
/// alternatives need (kept only when each alternative is a single set). A part no set of terms describes (a prefix,
/// a part that matches everything but what it excludes) needs nothing that can be checked: the query is then run on
/// every statement. Lets a new statement be checked only against the watches that can match it, and most of those
/// be dismissed with a look at its terms instead of a search.
/// </summary>
internal static class QueryTriggers
{
    /// <summary>Term sets that must each have a term in a matching statement; empty when nothing can be said.</summary>
    /// <param name="frequency">How many statements of the corpus contain a term (an OR keeps each alternative's rarest set).</param>
    public static IReadOnlyList<IReadOnlyList<Term>> Requirements(Query query, Func<Term, int> frequency) => query switch
    {
        TermQuery term => [[term.Term]],
        PhraseQuery phrase => phrase.GetTerms().Select(t => (IReadOnlyList<Term>)[t]).ToArray(),
        BooleanQuery boolean => Requirements(boolean, frequency),
        _ => [],
    };

    /// <summary>
    /// Whether <see cref="Requirements"/> decide the query outright — words and ANDs and ORs of words, no phrase, prefix
    /// or NOT — so that a statement meeting them matches without running the query on it.
    /// </summary>
    public static bool Decides(Query query) => query switch
    {
        TermQuery => true,
        BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.All(c => c.Occur != Occur.MUST_NOT) =>
            boolean.Clauses.Any(c => c.Occur == Occur.MUST)
                ? boolean.Clauses.Where(c => c.Occur == Occur.MUST).All(c => Decides(c.Query))
                : boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Query is TermQuery),
        _ => false,
    };

    /// <summary>The requirement with the fewest statements in the corpus: the terms a watch is filed under; null for none.</summary>
    public static IReadOnlyList<Term>? Rarest(IReadOnlyList<IReadOnlyList<Term>> requirements, Func<Term, int> frequency) =>
        requirements.Count == 0 ? null : requirements.MinBy(set => set.Sum(frequency));

    private static IReadOnlyList<IReadOnlyList<Term>> Requirements(BooleanQuery query, Func<Term, int> frequency)
    {
        var required = query.Clauses.Where(c => c.Occur == Occur.MUST).ToArray();
        if (required.Length > 0)
        {
            return required.SelectMany(c => Requirements(c.Query, frequency)).ToArray();
        }

        var alternatives = query.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Requirements(c.Query, frequency)).ToArray();
        if (alternatives.Length == 0 || alternatives.Any(a => a.Count == 0))
        {
            return [];
        }

        // Any one alternative will do: what is sure is that one of them has one of its rarest set's terms.
        return [alternatives.SelectMany(a => Rarest(a, frequency)!).Distinct().ToArray()];
    }
}
