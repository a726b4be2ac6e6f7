using System.Text.RegularExpressions;

namespace StatementBot.Search.Querying;

/// <summary>
/// The "did you mean" of one query: each single word the index (nearly) lacks, with the index words it may be a
/// misspelling of (<see cref="WordSuggester"/>), and the query rewritten with them. Not thread-safe: one per query.
/// </summary>
internal sealed class SpellingHints(CorpusTerms corpus)
{
    /// <summary>
    /// Misspelt words looked up per query: each costs a walk of the term dictionary (a query of 60 misspelt words took
    /// 0.6–1.8 s over the shared corpora before this cap), and a correction of the first few is all a reply shows.
    /// </summary>
    public const int MaxMisspelt = 4;

    private readonly List<(string Typed, IReadOnlyList<string> Suggestions)> _misspelt = [];
    private int _looked;

    /// <summary>Remembers the word if it is in (almost) no statement and the index has words close to it.</summary>
    public void Check(QueryWord word)
    {
        if (corpus.Reader is not { } reader || word.HasAcronym || word.Stems.Count != 1 || word.Tokens.Count != 1 || _looked >= MaxMisspelt)
        {
            return;
        }

        var statements = corpus.StatementsWith(word.Stems[0].Term);
        if (statements > WordSuggester.RareStatements)
        {
            return;
        }

        _looked++;
        if (WordSuggester.Suggest(reader, word.Tokens[0], statements) is { Count: > 0 } suggestions)
        {
            _misspelt.Add((word.Text, suggestions));
        }
    }

    /// <summary>The query with each misspelt word replaced: the best suggestions first, then the first word's others.</summary>
    public string[] Corrections(string text)
    {
        if (_misspelt.Count == 0)
        {
            return [];
        }

        var rest = _misspelt.Skip(1).Aggregate(text, (query, m) => Replace(query, m.Typed, m.Suggestions[0]));
        var (first, suggestions) = _misspelt[0];
        return suggestions.Select(s => Replace(rest, first, s)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The first whole-word occurrence of <paramref name="typed"/>, in any case, replaced.</summary>
    private static string Replace(string query, string typed, string with) =>
        new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(typed) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            .Replace(query, with.Replace("$", "$$", StringComparison.Ordinal), 1);
}
