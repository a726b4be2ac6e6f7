using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using StatementBot.Search.Analysis;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// "Did you mean" for a word the index (nearly) lacks: the written words of the index within one edit (words of up
/// to four letters) or two, the first letter kept, found with Lucene's <see cref="FuzzyTermsEnum"/> (Levenshtein
/// automata over the term dictionary) and ranked by how many statements use them. Forms of one word count once.
/// </summary>
internal static class WordSuggester
{
    /// <summary>A word in at most this many statements is worth a suggestion.</summary>
    public const int RareStatements = 2;

    /// <summary>A suggestion is used this many times more than the word typed (and in two statements at least).</summary>
    public const int MoreCommonBy = 20;

    public const int MaxSuggestions = 3;

    public static IReadOnlyList<string> Suggest(IndexReader reader, string token, int statements)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.TextExact.Name);
        if (terms is null || token.Length < 3 || !token.All(char.IsLetter))
        {
            return [];
        }

        var stemmer = new WordStemmer();
        var own = stemmer.Stem(token);
        var minimum = Math.Max(2, statements * MoreCommonBy);
        var best = new Dictionary<string, (string Word, int Statements)>(StringComparer.Ordinal);
        var maxEdits = token.Length <= 4 ? 1 : LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), IndexSchema.TextExact.Term(token), maxEdits, 1, true);
        while (fuzzy.MoveNext())
        {
            var count = fuzzy.DocFreq;
            if (count < minimum)
            {
                continue;
            }

            var word = fuzzy.Term.Utf8ToString();
            if (!word.All(char.IsLetter) || stemmer.Stem(word) is not { } stem || stem == own)
            {
                continue;
            }

            if (!best.TryGetValue(stem, out var known) || count > known.Statements)
            {
                best[stem] = (word, count);
            }
        }

        return best.Values
            .OrderByDescending(s => s.Statements)
            .ThenBy(s => s.Word, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(s => s.Word)
            .ToArray();
    }
}
