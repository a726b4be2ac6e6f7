namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// How rare each query word is in the corpus (in how many paragraphs it appears), and whether it is a name (written
/// with a capital almost everywhere it appears inside a sentence).
/// </summary>
public sealed class WordStatistics
{
    private const double NameShare = 0.9;

    private readonly Dictionary<string, int> _paragraphs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Capital, int Inside)> _case = new(StringComparer.Ordinal);

    public static WordStatistics Of(IEnumerable<string> paragraphs)
    {
        var statistics = new WordStatistics();
        foreach (var paragraph in paragraphs)
        {
            statistics.Add(paragraph);
        }

        return statistics;
    }

    /// <summary>Paragraphs containing the word (0 for a word never seen).</summary>
    public int Frequency(string word) => _paragraphs.GetValueOrDefault(word);

    public bool IsName(string word) =>
        _case.TryGetValue(word, out var seen) && (seen.Inside == 0 || (double)seen.Capital / seen.Inside >= NameShare);

    private void Add(string paragraph)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        foreach (var raw in KnownItemWords.Split(paragraph))
        {
            if (KnownItemWords.QueryWord(raw) is { } word)
            {
                if (seen.Add(word))
                {
                    _paragraphs[word] = _paragraphs.GetValueOrDefault(word) + 1;
                }

                if (!sentenceStart)
                {
                    var (capital, inside) = _case.GetValueOrDefault(word);
                    _case[word] = (capital + (KnownItemWords.IsCapitalized(raw) ? 1 : 0), inside + 1);
                }
            }

            sentenceStart = KnownItemWords.EndsSentence(raw);
        }
    }
}
