using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>
/// The words of a body of text, as the distinctive-word statistics see them. Each token is remembered three ways:
/// as written (a <em>form</em>: "Taiwan", "NATO"), as the exact field indexes it (a <em>surface</em>: "taiwan"), and
/// by its stem (the stemmed field's word). It also counts how often each surface stands on its own rather than
/// joined to a hyphen ("mil" in "mil-to-mil", the false start "def- —"), and how each form is capitalised away
/// from a sentence start, so a word is shown as it is usually written. Not thread-safe.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Marks, in a scanned token list, punctuation between two tokens (no phrase spans it).</summary>
    public const int Break = -1;

    private static readonly ExactAnalyzer Analyzer = new();

    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly List<string> _formText = [];
    private readonly List<int> _formSurface = [];
    private readonly List<int> _formVotes = [];
    private readonly List<int> _formInitialVotes = [];

    private readonly Dictionary<string, int> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly List<string> _surfaceText = [];
    private readonly List<int> _surfaceStem = [];
    private readonly List<SurfaceKind> _surfaceKind = [];
    private readonly List<int> _standalone = [];
    private readonly List<int> _attached = [];

    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _stemText = [];
    private readonly WordStemmer _stemmer = new();

    public Vocabulary()
    {
        _formLookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _surfaceLookup = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int StemCount => _stemText.Count;

    public int FormCount => _formText.Count;

    public string StemText(int stem) => _stemText[stem];

    public string FormText(int form) => _formText[form];

    /// <summary>The surface (exact-field token) a form is written for.</summary>
    public int SurfaceOfForm(int form) => _formSurface[form];

    /// <summary>The stem of a surface, or -1 for a stop word.</summary>
    public int StemOfSurface(int surface) => _surfaceStem[surface];

    /// <summary>Whether a surface ends in a possessive 's.</summary>
    public bool IsPossessiveSurface(int surface) => _surfaceText[surface].EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The stem of a form, or -1 for a stop word.</summary>
    public int StemOfForm(int form) => _surfaceStem[_formSurface[form]];

    /// <summary>Whether the form is a content word (not a stop or everyday word, not a number, three letters or more).</summary>
    public bool IsContent(int form) => _surfaceKind[_formSurface[form]] == SurfaceKind.Content;

    /// <summary>Whether the form may sit inside a phrase: letters only, not a stop word ("Build Back Better").</summary>
    public bool IsLinkable(int form) => _surfaceKind[_formSurface[form]] != SurfaceKind.Other && StemOfForm(form) >= 0;

    /// <summary>Whether the form ends in a possessive 's ("China's").</summary>
    public bool IsPossessive(int form) => _formText[form].EndsWith("'s", StringComparison.OrdinalIgnoreCase) || _formText[form].EndsWith("’s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the form's word is written on its own at least half the time: false for pieces of hyphenated words
    /// ("mil-to-mil", "Ing-wen", "non-") and for false starts cut off with a hyphen ("def- —", "cli- —").
    /// </summary>
    public bool IsStandaloneWord(int form)
    {
        var surface = _formSurface[form];
        return _standalone[surface] >= _attached[surface];
    }

    /// <summary>Appends the form of each token of <paramref name="text"/> to <paramref name="tokens"/>, with
    /// <see cref="Break"/> wherever anything but white space separates two tokens.</summary>
    public void Scan(string text, List<int> tokens)
    {
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var previousEnd = -1;
        while (stream.IncrementToken())
        {
            var start = offset.StartOffset;
            var end = offset.EndOffset;
            if (start < 0 || end > text.Length || end <= start)
            {
                continue;
            }

            var form = Form(text.AsSpan(start, end - start), term.Buffer.AsSpan(0, term.Length));
            var surface = _formSurface[form];
            if (IsHyphen(text, start - 1) || IsHyphen(text, end))
            {
                _attached[surface]++;
            }
            else
            {
                _standalone[surface]++;
            }

            var gap = previousEnd < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(previousEnd, start - previousEnd);
            if (previousEnd < 0 || gap.IndexOfAny(SentenceEnds) >= 0)
            {
                _formInitialVotes[form]++;
            }
            else
            {
                _formVotes[form]++;
            }

            if (previousEnd >= 0 && !gap.IsWhiteSpace())
            {
                tokens.Add(Break);
            }
            tokens.Add(form);
            previousEnd = end;
        }
        stream.End();
    }

    /// <summary>The stem of a word typed elsewhere (a name, a query word, as the exact field has it), or -1 for a stop word.</summary>
    public int StemOf(string exactToken) => _surfaceStem[Surface(exactToken.AsSpan())];

    /// <summary>How each stem is best shown: its commonest spelling (possessives only when there is no other), as
    /// it is most often capitalised inside a sentence.</summary>
    public string[] DisplayForms()
    {
        var surfaceBest = BestFormPerSurface();
        var best = new string[_stemText.Count];
        var bestCount = new long[_stemText.Count];
        var bestPossessive = new bool[_stemText.Count];
        for (var surface = 0; surface < _surfaceText.Count; surface++)
        {
            var stem = _surfaceStem[surface];
            if (stem < 0 || surfaceBest[surface] < 0)
            {
                continue;
            }

            var count = (long)_standalone[surface] + _attached[surface];
            var possessive = _surfaceText[surface].EndsWith("'s", StringComparison.Ordinal);
            var better = best[stem] is null
                || (bestPossessive[stem] && !possessive)
                || (bestPossessive[stem] == possessive && count > bestCount[stem]);
            if (better)
            {
                best[stem] = _formText[surfaceBest[surface]];
                bestCount[stem] = count;
                bestPossessive[stem] = possessive;
            }
        }
        for (var stem = 0; stem < best.Length; stem++)
        {
            best[stem] ??= _stemText[stem];
        }
        return best;
    }

    /// <summary>A form's vote for how its word is capitalised: its uses inside sentences, or at a sentence start when it has none.</summary>
    public long Votes(int form) => _formVotes[form] > 0 ? _formVotes[form] * 1_000_000L : _formInitialVotes[form];

    /// <summary>For each surface, the form it is most often written as inside a sentence (-1 when never seen).</summary>
    public int[] BestFormPerSurface()
    {
        var best = Enumerable.Repeat(-1, _surfaceText.Count).ToArray();
        for (var form = 0; form < _formText.Count; form++)
        {
            var surface = _formSurface[form];
            if (best[surface] < 0 || Votes(form) > Votes(best[surface]))
            {
                best[surface] = form;
            }
        }
        return best;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!:;\"“”\n\r");

    private static bool IsHyphen(string text, int at) => at >= 0 && at < text.Length && text[at] is '-' or '\u2010' or '\u2011';

    private int Form(ReadOnlySpan<char> written, ReadOnlySpan<char> term)
    {
        if (_formLookup.TryGetValue(written, out var id))
        {
            return id;
        }

        var text = new string(written);
        id = _formText.Count;
        _forms[text] = id;
        _formText.Add(text);
        _formSurface.Add(Surface(term));
        _formVotes.Add(0);
        _formInitialVotes.Add(0);
        return id;
    }

    private int Surface(ReadOnlySpan<char> token)
    {
        if (_surfaceLookup.TryGetValue(token, out var id))
        {
            return id;
        }

        var text = new string(token);
        id = _surfaceText.Count;
        _surfaces[text] = id;
        _surfaceText.Add(text);
        _standalone.Add(0);
        _attached.Add(0);
        var stem = _stemmer.Stem(text) is { } s ? StemId(s) : -1;
        _surfaceStem.Add(stem);
        _surfaceKind.Add(stem < 0 ? SurfaceKind.Other
            : CommonWords.IsContentWord(text) ? SurfaceKind.Content
            : CommonWords.IsLettersOnly(text) ? SurfaceKind.Everyday
            : SurfaceKind.Other);
        return id;
    }

    private int StemId(string stem)
    {
        if (!_stems.TryGetValue(stem, out var id))
        {
            id = _stemText.Count;
            _stems[stem] = id;
            _stemText.Add(stem);
        }
        return id;
    }

    private enum SurfaceKind : byte
    {
        /// <summary>A content word: may be listed, may start or end a phrase.</summary>
        Content,

        /// <summary>An everyday word of letters: never listed, may sit inside a phrase.</summary>
        Everyday,

        /// <summary>A stop word, number, or token with other characters.</summary>
        Other,
    }
}
