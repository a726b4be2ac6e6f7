using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using StatementBot.Search.Analysis;
using StatementBot.Search.Caching;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Comparing;

/// <summary>
/// What comparisons over one open index would otherwise work out again on every request: each sampled statement's
/// words (<see cref="StatementWords"/>: reading its stored text and analysing it was most of a /compare) and each
/// word's count in the whole corpus. Kept with the index's reader, so a new index starts afresh and the old one's
/// go with it. Thread-safe.
/// </summary>
internal sealed class CompareCache
{
    /// <summary>
    /// Statements whose words are kept: about 5 KB each, so at most ~20 MB. A /compare on a topic samples 100
    /// (50 a side); a channel asking about the topics of the day asks for the same ones again and again.
    /// </summary>
    public const int Statements = 4_096;

    /// <summary>Corpus counts kept, at most: one per stem the samples use (the shared corpora have ~30,000).</summary>
    private const int FrequencyLimit = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, CompareCache> ByReader = new();

    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<string, long> _frequencies = new(StringComparer.Ordinal);

    private CompareCache(IndexReader reader)
    {
        _reader = reader;
    }

    private int _frequenciesKept;

    /// <summary>The statements' words kept so far.</summary>
    public RecentCache<StatementWords> KeptWords { get; } = new(Statements);

    public static CompareCache For(IndexReader reader) => ByReader.GetValue(reader, r => new CompareCache(r));

    /// <summary>The words of statement <paramref name="doc"/>, analysed from <paramref name="text"/> the first time it is asked for.</summary>
    public StatementWords WordsOf(int doc, Func<string> text, WordStemmer stemmer, PhraseBook phrases) =>
        KeptWords.GetOrAdd(doc, (text, stemmer, phrases), static (_, s) => StatementWords.Of(s.text(), s.stemmer, s.phrases));

    /// <summary>How often the stemmed text field holds <paramref name="stem"/> in the whole index.</summary>
    public long TotalTermFreq(string stem)
    {
        if (_frequencies.TryGetValue(stem, out var count))
        {
            return count;
        }

        count = _reader.TotalTermFreq(IndexSchema.Text.Term(stem));
        if (Volatile.Read(ref _frequenciesKept) < FrequencyLimit && _frequencies.TryAdd(stem, count))
        {
            Interlocked.Increment(ref _frequenciesKept);
        }
        return count;
    }
}
