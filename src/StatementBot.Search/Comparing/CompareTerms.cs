using Lucene.Net.Index;
using StatementBot.Search.Building;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The words and phrases one side of a comparison uses that the other does not. On a topic they are ranked by the
/// log-odds of the two sides' matching statements (<see cref="LogOdds"/>: the other side as background, the corpus
/// as prior); overall they are the speaker's own distinctive terms. Either way each is checked against all of the
/// other side's statements, and a phrase stands for its words ("Hong Kong", never "Hong Kong" and "hong").
/// </summary>
internal static class CompareTerms
{
    public const int Count = 8;

    /// <summary>At most this many candidates are checked against the other side's statements.</summary>
    private const int Checks = 40;

    /// <param name="terms">The speaker's stored distinctive terms, as shown.</param>
    /// <param name="excluded">Stems never to list (the two speakers' names, the topic's words).</param>
    /// <param name="usedByOther">Whether the other side ever uses a term (stems joined by a space).</param>
    public static IReadOnlyList<string> Overall(IReadOnlyList<string> terms, TermStems stems, IReadOnlySet<string> excluded, Func<string, bool> usedByOther)
    {
        var shown = new List<string>();
        foreach (var term in terms)
        {
            var words = stems.Of(term);
            if (shown.Count == Count)
            {
                break;
            }
            if (words.Count > 0 && !words.Any(excluded.Contains) && !usedByOther(string.Join(' ', words)))
            {
                shown.Add(term);
            }
        }
        return shown;
    }

    /// <param name="otherTotal">How many statements the other side has on the topic (its sample may be fewer).</param>
    public static IReadOnlyList<string> OnTopic(
        IndexReader reader, TopicWords mine, TopicWords other, int otherTotal, PhraseBook phrases, IReadOnlySet<string> excluded, Func<string, bool> usedByOther)
    {
        var corpusWords = Math.Max(1.0, reader.GetSumTotalTermFreq(IndexSchema.Text.Name));
        var frequencies = CompareCache.For(reader);
        double Share(string term) => TopicWords.IsPhrase(term)
            ? (phrases.Find(term)?.Count ?? 1) / corpusWords
            : frequencies.TotalTermFreq(term) / corpusWords;

        // A term's words are asked for again and again while ranking and picking: split each once.
        var split = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Words(string term)
        {
            if (!split.TryGetValue(term, out var words))
            {
                words = term.Split(' ');
                split[term] = words;
            }
            return words;
        }

        // Asked of every candidate: a one-word term is its own only word, so it needs no split.
        bool HasExcludedWord(string term)
        {
            if (!TopicWords.IsPhrase(term))
            {
                return excluded.Contains(term);
            }

            foreach (var word in Words(term))
            {
                if (excluded.Contains(word))
                {
                    return true;
                }
            }
            return false;
        }

        // "Reduction Act" is only "Inflation Reduction Act" with the topic's word cut off, "North" only "North Korea".
        var cut = mine.Terms.Where(t => TopicWords.IsPhrase(t) && HasExcludedWord(t)).ToArray();
        bool IsCutFromExcluded(string term)
        {
            foreach (var longer in cut)
            {
                if (HasWordsOf(longer, term) && mine.CountOf(longer) * 2 >= mine.CountOf(term))
                {
                    return true;
                }
            }
            return false;
        }

        var minimum = mine.Samples >= 10 ? 2 : 1;
        // A prior much larger than the samples would swamp them with the corpus's own words.
        var priorSize = Math.Min(LogOdds.PriorSize, Math.Max(100, Math.Min(mine.Words, other.Words)));
        var ranked = mine.Terms
            .Where(term => mine.CountOf(term) >= minimum && !other.Contains(term) && !HasExcludedWord(term) && !IsCutFromExcluded(term))
            .Select(term => (Term: term, Score: LogOdds.Score(mine.CountOf(term), mine.Words, other.CountOf(term), other.Words, Share(term), priorSize)))
            .OrderByDescending(c => c.Score.Rank)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term);

        var sampledAll = otherTotal <= other.Samples;
        var checks = 0;
        var picked = TermSelection.Pick(
            ranked,
            term => mine.CountOf(term),
            term => sampledAll || (checks++ < Checks && !usedByOther(term)),
            (a, b) => Words(a).AsSpan().ContainsAny(Words(b)),
            term => Words(term).Length,
            Count);
        return picked.Select(mine.Display).ToArray();
    }

    /// <summary>Whether <paramref name="term"/>'s words stand, in a row, among <paramref name="longer"/>'s (both words joined by a space).</summary>
    private static bool HasWordsOf(string longer, string term)
    {
        for (var at = longer.IndexOf(term, StringComparison.Ordinal); at >= 0; at = longer.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at == 0 || longer[at - 1] == ' ') && (end == longer.Length || longer[end] == ' '))
            {
                return true;
            }
        }
        return false;
    }
}
