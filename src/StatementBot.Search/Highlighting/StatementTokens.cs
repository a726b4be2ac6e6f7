using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using StatementBot.Search.Analysis;
using StatementBot.Search.Caching;

namespace StatementBot.Search.Highlighting;

/// <summary>
/// The exact tokens of the statements most recently shown, kept per open index: cutting a snippet analyses the
/// statement's whole text, which was the largest part of a /quote (a fifth of the CPU of an HTTP interaction), and a
/// channel is shown the same statements again and again. Each token's word is one shared string, so a kept statement
/// costs 16 bytes a token. Thread-safe.
/// </summary>
internal static class StatementTokens
{
    /// <summary>Statements kept per index: a hit's text has about 300 tokens, so at most ~20 MB.</summary>
    public const int Statements = 4_096;

    /// <summary>Words pooled, at most (the shared corpora write ~50,000 different words).</summary>
    private const int WordLimit = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, RecentCache<TextToken[]>> ByReader = new();
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static int _words;

    /// <summary>
    /// The tokens of <paramref name="text"/>, the stored text of statement <paramref name="doc"/> of <paramref name="reader"/>;
    /// analysed afresh when the statement is not kept (or no statement is named).
    /// </summary>
    /// <remarks>The array may be the one kept for every request: read it, never write to it.</remarks>
    public static TextToken[] Of(string text, IndexReader? reader, int doc)
    {
        if (reader is null || doc < 0)
        {
            return [.. TextTokenizer.Tokenize(text)];
        }

        return ByReader.GetValue(reader, static _ => new RecentCache<TextToken[]>(Statements))
            .GetOrAdd(doc, text, static (_, t) => Shared(TextTokenizer.Tokenize(t)));
    }

    /// <summary>How many statements are kept for <paramref name="reader"/>.</summary>
    public static int KeptFor(IndexReader reader) => ByReader.TryGetValue(reader, out var kept) ? kept.Count : 0;

    private static TextToken[] Shared(List<TextToken> tokens)
    {
        var shared = new TextToken[tokens.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = tokens[i] with { Term = Word(tokens[i].Term) };
        }
        return shared;
    }

    private static string Word(string word)
    {
        if (Words.TryGetValue(word, out var pooled))
        {
            return pooled;
        }
        if (Volatile.Read(ref _words) >= WordLimit)
        {
            return word;
        }

        var kept = Words.GetOrAdd(word, word);
        if (ReferenceEquals(kept, word))
        {
            Interlocked.Increment(ref _words);
        }
        return kept;
    }
}
