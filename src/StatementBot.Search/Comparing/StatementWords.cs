using System.Buffers;
using StatementBot.Search.Analysis;

namespace StatementBot.Search.Comparing;

/// <summary>
/// What one statement adds to a <see cref="TopicWords"/> sample: each content word and known phrase it uses (a term is
/// its stemmed words joined by a space: "hong kong"), how often, and how it is written there; and how many content
/// words it has. It depends on the statement's text and the index's phrases only, so it is worked out once per
/// statement and kept (<see cref="CompareCache"/>). Immutable: shared by every request.
/// </summary>
internal sealed class StatementWords
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".?!:;\"“”\n\r");

    /// <summary>The terms in the order the statement first uses them.</summary>
    private readonly string[] _terms;
    private readonly int[] _counts;

    /// <summary>Term i's writings are <c>_written[_firstWriting[i] .. _firstWriting[i + 1]]</c>.</summary>
    private readonly int[] _firstWriting;
    private readonly string[] _written;
    private readonly long[] _weights;

    /// <summary>Indexes into <see cref="_terms"/> in ordinal order, to find one term's writings.</summary>
    private readonly int[] _sorted;

    private StatementWords(string[] terms, int[] counts, int[] firstWriting, string[] written, long[] weights, long words)
    {
        _terms = terms;
        _counts = counts;
        _firstWriting = firstWriting;
        _written = written;
        _weights = weights;
        Words = words;
        _sorted = Enumerable.Range(0, terms.Length).ToArray();
        Array.Sort(_sorted, (a, b) => string.CompareOrdinal(terms[a], terms[b]));
    }

    /// <summary>Content words in the statement (a phrase's words count once, as words).</summary>
    public long Words { get; }

    public int TermCount => _terms.Length;

    public string TermAt(int index) => _terms[index];

    public int CountAt(int index) => _counts[index];

    /// <summary>
    /// Each way <paramref name="term"/> is written here, weighted: a use inside a sentence weighs 1,000,000, one that
    /// starts a sentence 1, so a capital that only comes from the sentence start loses to the word as written elsewhere.
    /// </summary>
    public void AddWritings(string term, Dictionary<string, long> writings)
    {
        var at = Find(term);
        if (at < 0)
        {
            return;
        }

        for (var w = _firstWriting[at]; w < _firstWriting[at + 1]; w++)
        {
            writings[_written[w]] = writings.GetValueOrDefault(_written[w]) + _weights[w];
        }
    }

    /// <summary>A rough count of the bytes this statement's words hold (arrays only: the strings are shared).</summary>
    public int ApproximateBytes => 64 + _terms.Length * (8 + 4 + 4 + 4) + _written.Length * (8 + 8);

    /// <summary>
    /// Reads <paramref name="text"/> as a comparison sample: a word counts when it is a content word standing on its
    /// own (a word joined to a hyphen — "mil-to-mil", the false start "def- —" — does not), and two or three such
    /// words in a row, separated by white space only, count again as a phrase when the index knows the phrase.
    /// </summary>
    public static StatementWords Of(string text, WordStemmer stemmer, PhraseBook phrases)
    {
        var builder = new Builder(text);
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
                builder.Words++;
                builder.Count(stem!, token.Start, token.End, initial);
                if (last is { Stem: { } one, Content: true } && phrases.Find(one, stem!) is { } pair)
                {
                    builder.Count(pair, last.Start, token.End, last.Initial);
                }
                if (beforeLast is { Stem: { } first, Content: true } && last.Stem is { } middle && phrases.Find(first, middle, stem!) is { } triple)
                {
                    builder.Count(triple, beforeLast.Start, token.End, beforeLast.Initial);
                }
            }

            var linkable = stem is not null && standalone && CommonWords.IsLettersOnly(token.Term);
            (beforeLast, last) = linkable ? (last, (stem, content, token.Start, initial)) : ((null, false, 0, false), (null, false, 0, false));
        }

        return builder.Build();
    }

    private int Find(string term)
    {
        int low = 0, high = _sorted.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(_terms[_sorted[middle]], term);
            if (order == 0)
            {
                return _sorted[middle];
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return -1;
    }

    private static bool IsHyphen(string text, int at) => at >= 0 && at < text.Length && text[at] is '-' or '\u2010' or '\u2011';

    /// <summary>Collects one statement's counts and writings, in the order they first occur.</summary>
    private sealed class Builder(string text)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _counts = [];
        private readonly List<List<(string Written, long Weight)>> _writings = [];

        public long Words { get; set; }

        public void Count(string term, int start, int end, bool initial)
        {
            if (!_index.TryGetValue(term, out var at))
            {
                at = _terms.Count;
                _index[term] = at;
                _terms.Add(term);
                _counts.Add(0);
                _writings.Add([]);
            }

            _counts[at]++;
            var weight = initial ? 1L : 1_000_000L;
            var raw = text.AsSpan(start, end - start);
            Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
            var written = WrittenForms.Normalize(raw, buffer);
            var writings = _writings[at];
            for (var i = 0; i < writings.Count; i++)
            {
                if (written.SequenceEqual(writings[i].Written))
                {
                    writings[i] = (writings[i].Written, writings[i].Weight + weight);
                    return;
                }
            }

            writings.Add((WrittenForms.Pooled(written), weight));
        }

        public StatementWords Build()
        {
            var firstWriting = new int[_terms.Count + 1];
            var written = new List<string>();
            var weights = new List<long>();
            for (var i = 0; i < _terms.Count; i++)
            {
                firstWriting[i] = written.Count;
                foreach (var (form, weight) in _writings[i])
                {
                    written.Add(form);
                    weights.Add(weight);
                }
            }

            firstWriting[_terms.Count] = written.Count;
            return new StatementWords(_terms.ToArray(), _counts.ToArray(), firstWriting, written.ToArray(), weights.ToArray(), Words);
        }
    }
}
