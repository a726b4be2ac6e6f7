using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Turns one exact token into the word the stemmed field indexes (or null for a stop word), exactly as
/// <see cref="StemmedAnalyzer"/> does, without a second pass over the text. Not thread-safe: one per thread or call.
/// </summary>
internal sealed class WordStemmer
{
    private readonly EnglishStemmer _stemmer = new();
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public string? Stem(string exactToken)
    {
        if (_cache.TryGetValue(exactToken, out var cached))
        {
            return cached;
        }

        var stem = Compute(exactToken);
        if (_cache.Count < 100_000)
        {
            _cache[exactToken] = stem;
        }
        return stem;
    }

    private string? Compute(string token)
    {
        // EnglishPossessiveFilter: a trailing 's goes (the token is already folded, so ’ is ').
        var word = token.Length >= 2 && token[^2] == '\'' && token[^1] is 's' or 'S' ? token[..^2] : token;
        if (word.Length == 0 || StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(word))
        {
            return null;
        }

        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
