using StatementBot.Search.Analysis;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// A typed word (or phrase) as it will be matched: its exact tokens, for each the acronym it must be (a token typed
/// in capitals that the corpus uses as an acronym: "US", "U.S.", "WHO"; null otherwise), and the stems of the rest.
/// </summary>
internal sealed record QueryWord(string Text, IReadOnlyList<string> Tokens, IReadOnlyList<string?> Acronyms, IReadOnlyList<PositionedTerm> Stems)
{
    /// <summary>The one acronym a single-token word is, or null.</summary>
    public string? Acronym => Tokens.Count == 1 ? Acronyms[0] : null;

    public bool HasAcronym => Acronyms.Any(a => a is not null);

    /// <summary>What <see cref="Equivalents.Find"/> compares: the acronym where there is one, else the exact token.</summary>
    public IEnumerable<string> Keys => Tokens.Select((token, i) => Acronyms[i] ?? token);

    /// <summary>
    /// Reads a word. <paramref name="acronymsOff"/> when the whole query is typed in capitals with words that are no
    /// acronym (caps lock: "US TARIFFS"), so capitals say nothing.
    /// </summary>
    public static QueryWord Read(string text, CorpusTerms corpus, WordStemmer stemmer, bool acronymsOff)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var acronyms = new string?[tokens.Count];
        var stems = new List<PositionedTerm>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var written = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            acronyms[i] = acronymsOff ? null : Analysis.Acronyms.Typed(written) is { } acronym && corpus.UsesAcronym(acronym) ? acronym : null;
            if (acronyms[i] is null && stemmer.Stem(tokens[i].Term) is { } stem)
            {
                stems.Add(new PositionedTerm(stem, i));
            }
        }
        return new QueryWord(text, tokens.Select(t => t.Term).ToArray(), acronyms, stems);
    }

    /// <summary>
    /// Caps lock: the query's words have no small letter and one of them (three letters or more) is no acronym the
    /// corpus uses.
    /// </summary>
    public static bool IsCapsLock(IEnumerable<string> words, CorpusTerms corpus)
    {
        var texts = words.ToArray();
        if (texts.Any(t => t.Any(char.IsLower)))
        {
            return false;
        }

        foreach (var text in texts)
        {
            foreach (var token in TextTokenizer.Tokenize(text))
            {
                var written = text.AsSpan(token.Start, token.End - token.Start);
                if (written.Length >= 3 && Analysis.Acronyms.IsCapitals(written)
                    && (Analysis.Acronyms.Typed(written) is not { } acronym || !corpus.UsesAcronym(acronym)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
