namespace StatementBot.Search.Highlighting;

/// <summary>
/// What to mark in a statement: the stems of query words, the acronyms of words typed in capitals (marked only where
/// the statement writes the acronym: "US", not "us"), the exact word sequences of phrases and the prefixes of
/// wildcards. Each query part has a key, so a snippet can count how many different parts it shows.
/// </summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Key)> _prefixes = [];
    private readonly List<(string[] Words, int Key)> _phrases = [];
    private readonly Dictionary<string, int> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string?[]> _phraseAcronyms = [];
    private string _stemStarts = string.Empty;

    public static HighlightTerms None { get; } = new();

    public int KeyCount { get; private set; }

    public bool IsEmpty => KeyCount == 0;

    public IReadOnlyList<(string Prefix, int Key)> Prefixes => _prefixes;

    public IReadOnlyList<(string[] Words, int Key)> Phrases => _phrases;

    public void AddWord(IEnumerable<string> stems)
    {
        var key = KeyCount++;
        foreach (var stem in stems)
        {
            _stems.TryAdd(stem, key);
            if (stem.Length > 0 && !_stemStarts.Contains(stem[0]))
            {
                _stemStarts += stem[0];
            }
        }
    }

    /// <summary>
    /// Whether a word could stem to one of the stems: stemming only ever changes a word's end (Snowball's English
    /// stemmer keeps the first letter; checked on all 47,288 words of the shared corpora), so a word that starts
    /// with none of the stems' first letters needs no stemming. Highlighting asks this of every word of every hit.
    /// </summary>
    public bool MayHaveStem(string word) => word.Length > 0 && (word[0] == '\'' || _stemStarts.Contains(word[0]));

    public bool HasAcronyms => _acronyms.Count > 0 || _phraseAcronyms.Count > 0;

    public void AddAcronym(string acronym) => _acronyms.TryAdd(acronym, KeyCount++);

    public bool TryGetAcronym(string acronym, out int key) => _acronyms.TryGetValue(acronym, out key);

    /// <summary>A phrase; where <paramref name="acronyms"/> has one, that word must be written as the acronym.</summary>
    public void AddPhrase(string[] words, string?[]? acronyms = null)
    {
        if (acronyms is not null && acronyms.Any(a => a is not null))
        {
            _phraseAcronyms[KeyCount] = acronyms;
        }
        _phrases.Add((words, KeyCount++));
    }

    /// <summary>For a phrase's key, the acronym each of its words must be (null for an ordinary word); null when none.</summary>
    public string?[]? PhraseAcronyms(int key) => _phraseAcronyms.GetValueOrDefault(key);

    public void AddPrefix(string prefix) => _prefixes.Add((prefix, KeyCount++));

    public bool TryGetStem(string stem, out int key) => _stems.TryGetValue(stem, out key);
}
