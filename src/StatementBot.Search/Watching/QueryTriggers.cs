using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Watching;

/// <summary>
/// Terms at least one of which a statement must contain for a query to match it: the terms of a word or phrase, the
/// union over the alternatives of an OR, the rarest such set among the parts of an AND. Null when no set of terms
/// says it (a prefix, a part that matches everything but what it excludes): such a query is run on every statement.
/// Lets a new statement be checked only against the watches that can match it.
/// </summary>
internal static class QueryTriggers
{
    /// <param name="frequency">How many statements of the corpus contain a term: among an AND's parts, the set with the fewest wins.</param>
    public static IReadOnlyList<Term>? Of(Query query, Func<Term, int> frequency) => query switch
    {
        TermQuery term => [term.Term],
        PhraseQuery phrase => phrase.GetTerms() is { Length: > 0 } words ? [words.MinBy(frequency)!] : null,
        BooleanQuery boolean => Of(boolean, frequency),
        _ => null,
    };

    private static IReadOnlyList<Term>? Of(BooleanQuery query, Func<Term, int> frequency)
    {
        var required = query.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Of(c.Query, frequency)).OfType<IReadOnlyList<Term>>().ToArray();
        if (required.Length > 0)
        {
            return required.MinBy(set => set.Sum(frequency));
        }

        if (query.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            return null;
        }

        var alternatives = query.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Of(c.Query, frequency)).ToArray();
        if (alternatives.Length == 0 || alternatives.Any(a => a is null))
        {
            return null;
        }

        return alternatives.SelectMany(a => a!).Distinct().ToArray();
    }
}
