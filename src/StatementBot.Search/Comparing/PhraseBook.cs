using StatementBot.Search.Storage;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The corpus's phrases (found when the index was built), looked up by their stemmed words joined with a space
/// ("hong kong"), so a comparison can count "Hong Kong" as one term. Immutable: shared by every request.
/// </summary>
internal sealed class PhraseBook
{
    private const int StackLimit = 256;

    private readonly Dictionary<string, PhraseRecord> _phrases;
    private readonly Dictionary<string, PhraseRecord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public PhraseBook(IEnumerable<PhraseRecord> phrases)
    {
        _phrases = new Dictionary<string, PhraseRecord>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            _phrases.TryAdd(string.Join(' ', phrase.Stems), phrase);
        }
        _bySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PhraseBook Empty { get; } = new([]);

    public int Count => _phrases.Count;

    public PhraseRecord? Find(string stems) => _phrases.GetValueOrDefault(stems);

    /// <summary>The phrase's key ("hong kong") when the two stems in a row are a phrase of the corpus, else null.</summary>
    public string? Find(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        Span<char> key = length <= StackLimit ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = ' ';
        second.CopyTo(key[(first.Length + 1)..]);
        return _bySpan.TryGetValue(key, out var found, out _) ? found : null;
    }

    /// <summary>The phrase's key when the three stems in a row are a phrase of the corpus, else null.</summary>
    public string? Find(string first, string second, string third)
    {
        var length = first.Length + second.Length + third.Length + 2;
        Span<char> key = length <= StackLimit ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = ' ';
        second.CopyTo(key[(first.Length + 1)..]);
        key[first.Length + 1 + second.Length] = ' ';
        third.CopyTo(key[(first.Length + second.Length + 2)..]);
        return _bySpan.TryGetValue(key, out var found, out _) ? found : null;
    }
}
