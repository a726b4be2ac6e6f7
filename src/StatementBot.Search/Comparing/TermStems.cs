using StatementBot.Search.Analysis;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The stemmed words of a shown term ("Hong Kong" → hong, kong), to keep out terms that repeat what was asked for
/// or who is speaking. Not thread-safe: one per request.
/// </summary>
internal sealed class TermStems(WordStemmer stemmer)
{
    /// <summary>How many distinctive terms a profile shows.</summary>
    public const int Shown = 10;

    public List<string> Of(string term) =>
        TextTokenizer.Tokenize(term).Select(t => stemmer.Stem(t.Term)).OfType<string>().ToList();

    /// <summary>The terms none of whose words is in <paramref name="excluded"/>, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<string> Without(IEnumerable<string> terms, IReadOnlySet<string> excluded, int take = Shown) =>
        terms.Where(term => !Of(term).Any(excluded.Contains)).Take(take).ToArray();
}
