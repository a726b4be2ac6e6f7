namespace StatementBot.Search.Highlighting;

/// <summary>
/// What to mark in a statement: the stems of query words, the exact word sequences of phrases and the prefixes of
/// wildcards. Each query part has a key, so a snippet can count how many different parts it shows.
/// </summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Key)> _prefixes = [];
    private readonly List<(string[] Words, int Key)> _phrases = [];

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
        }
    }

    public void AddPhrase(string[] words) => _phrases.Add((words, KeyCount++));

    public void AddPrefix(string prefix) => _prefixes.Add((prefix, KeyCount++));

    public bool TryGetStem(string stem, out int key) => _stems.TryGetValue(stem, out key);
}
