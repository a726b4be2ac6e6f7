using StatementBot.Search.Analysis;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The content words of a sample of statements: in how many statements each stem occurs, and its commonest
/// spelling there. Not thread-safe: one per request.
/// </summary>
internal sealed class TopicWords(WordStemmer stemmer)
{
    private readonly Dictionary<string, int> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);

    public int Samples { get; private set; }

    public IEnumerable<string> Stems => _statements.Keys;

    public int StatementsWith(string stem) => _statements.GetValueOrDefault(stem);

    public bool Contains(string stem) => _statements.ContainsKey(stem);

    public void Add(string text)
    {
        Samples++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            if (!CommonWords.IsContentWord(token.Term) || stemmer.Stem(token.Term) is not { } stem)
            {
                continue;
            }

            if (seen.Add(stem))
            {
                _statements[stem] = _statements.GetValueOrDefault(stem) + 1;
            }

            if (!_spellings.TryGetValue(stem, out var spellings))
            {
                spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                _spellings[stem] = spellings;
            }
            spellings[token.Term] = spellings.GetValueOrDefault(token.Term) + 1;
        }
    }

    /// <summary>How the stem is best shown: its commonest spelling in the sample.</summary>
    public string Display(string stem) =>
        _spellings.TryGetValue(stem, out var spellings)
            ? spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key
            : stem;
}
