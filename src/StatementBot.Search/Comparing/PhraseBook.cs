using StatementBot.Search.Storage;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The corpus's phrases (found when the index was built), looked up by their stemmed words joined with a space
/// ("hong kong"), so a comparison can count "Hong Kong" as one term. Immutable: shared by every request.
/// </summary>
internal sealed class PhraseBook
{
    private readonly Dictionary<string, PhraseRecord> _phrases;

    public PhraseBook(IEnumerable<PhraseRecord> phrases)
    {
        _phrases = new Dictionary<string, PhraseRecord>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            _phrases.TryAdd(string.Join(' ', phrase.Stems), phrase);
        }
    }

    public static PhraseBook Empty { get; } = new([]);

    public int Count => _phrases.Count;

    public PhraseRecord? Find(string stems) => _phrases.GetValueOrDefault(stems);
}
