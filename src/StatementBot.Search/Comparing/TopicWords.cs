using System.Buffers;
using StatementBot.Search.Analysis;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The content words and known phrases of a sample of statements: how often each term occurs (a term is its stemmed
/// words joined by a space: "hong kong"), how many content words the sample has, and each term's commonest
/// writing away from a sentence start ("Taiwan", "Hong Kong"). A word joined to a hyphen ("mil-to-mil", the false
/// start "def- —") is not counted. Not thread-safe: one per request.
/// </summary>
internal sealed class TopicWords(WordStemmer stemmer, PhraseBook phrases)
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".?!:;\"“”\n\r");

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> _writings = new(StringComparer.Ordinal);

    public int Samples { get; private set; }

    /// <summary>Content words counted (the sample's size for the log-odds).</summary>
    public long Words { get; private set; }

    public IEnumerable<string> Terms => _counts.Keys;

    public int CountOf(string term) => _counts.GetValueOrDefault(term);

    public bool Contains(string term) => _counts.ContainsKey(term);

    public static bool IsPhrase(string term) => term.Contains(' ', StringComparison.Ordinal);

    public void Add(string text)
    {
        Samples++;
        var tokens = TextTokenizer.Tokenize(text);
        // The two tokens before this one, when nothing but white space separates them from it.
        (string? Stem, bool Content, int Start, bool Initial) last = (null, false, 0, false), beforeLast = (null, false, 0, false);
        var previousEnd = -1;
        foreach (var token in tokens)
        {
            var gap = previousEnd < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(previousEnd, token.Start - previousEnd);
            var initial = previousEnd < 0 || gap.IndexOfAny(SentenceEnds) >= 0;
            if (previousEnd >= 0 && !gap.IsWhiteSpace())
            {
                (last, beforeLast) = ((null, false, 0, false), (null, false, 0, false));
            }
            previousEnd = token.End;

            var stem = stemmer.Stem(token.Term);
            var standalone = !IsHyphen(text, token.Start - 1) && !IsHyphen(text, token.End);
            var content = stem is not null && standalone && CommonWords.IsContentWord(token.Term);
            if (content)
            {
                Words++;
                Count(stem!, text, token.Start, token.End, initial);
                if (last is { Stem: { } one, Content: true } && phrases.Find(one + " " + stem) is not null)
                {
                    Count(one + " " + stem, text, last.Start, token.End, last.Initial);
                }
                if (beforeLast is { Stem: { } first, Content: true } && last.Stem is { } middle
                    && phrases.Find(first + " " + middle + " " + stem) is not null)
                {
                    Count(first + " " + middle + " " + stem, text, beforeLast.Start, token.End, beforeLast.Initial);
                }
            }

            var linkable = stem is not null && standalone && CommonWords.IsLettersOnly(token.Term);
            (beforeLast, last) = linkable ? (last, (stem, content, token.Start, initial)) : ((null, false, 0, false), (null, false, 0, false));
        }
    }

    /// <summary>How the term is best shown: its commonest writing inside a sentence in the sample.</summary>
    public string Display(string term) =>
        _writings.TryGetValue(term, out var writings)
            ? writings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key
            : term;

    private void Count(string term, string text, int start, int end, bool initial)
    {
        _counts[term] = _counts.GetValueOrDefault(term) + 1;
        if (!_writings.TryGetValue(term, out var writings))
        {
            writings = new Dictionary<string, long>(StringComparer.Ordinal);
            _writings[term] = writings;
        }

        var written = Bare(string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        writings[written] = writings.GetValueOrDefault(written) + (initial ? 1 : 1_000_000);
    }

    private static string Bare(string written) =>
        written.Length > 2 && (written.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || written.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            ? written[..^2]
            : written;

    private static bool IsHyphen(string text, int at) => at >= 0 && at < text.Length && text[at] is '-' or '\u2010' or '\u2011';
}
