using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Turns one exact token into the word the stemmed field indexes (or null for a stop word), exactly as
/// <see cref="StemmedAnalyzer"/> does, without a second pass over the text. Not thread-safe (the Snowball stemmer
/// holds state): one per thread or call; the stems it has computed are shared by all.
/// </summary>
internal sealed class WordStemmer
{
    /// <summary>At most this many words are remembered (the shared corpora write 47,288 different words).</summary>
    private const int CacheLimit = 200_000;

    /// <summary>
    /// Stems already computed, shared by every stemmer: a word's stem never changes, and highlighting stems every
    /// word of every hit, so a cache per request starts cold each time.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    private static int _cached;

    private readonly EnglishStemmer _stemmer = new();

    public string? Stem(string exactToken)
    {
        if (Cache.TryGetValue(exactToken, out var cached))
        {
            return cached;
        }

        // Counted apart: ConcurrentDictionary.Count takes every one of the dictionary's locks.
        var stem = Compute(exactToken);
        if (Volatile.Read(ref _cached) < CacheLimit && Cache.TryAdd(exactToken, stem))
        {
            Interlocked.Increment(ref _cached);
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
