using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>
/// The content words of a body of text: each exact token (looked up without allocating) mapped to a stem id, or to
/// nothing when it is a stop word, a common word, a number or shorter than three letters. Remembers how often each
/// spelling occurs, to show a stem as its commonest spelling. Not thread-safe.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly ExactAnalyzer Analyzer = new();

    private readonly Dictionary<string, int> _surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly List<int> _surfaceStem = [];
    private readonly List<string> _surfaceText = [];
    private readonly List<int> _surfaceCount = [];
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _stemText = [];
    private readonly WordStemmer _stemmer = new();

    public Vocabulary()
    {
        _surfaceLookup = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int StemCount => _stemText.Count;

    public string StemText(int stem) => _stemText[stem];

    /// <summary>Calls <paramref name="onStem"/> with the stem id of each content word of <paramref name="text"/>, in order.</summary>
    public void Scan(string text, Action<int> onStem)
    {
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var surface = Surface(term.Buffer.AsSpan(0, term.Length));
            _surfaceCount[surface]++;
            var stem = _surfaceStem[surface];
            if (stem >= 0)
            {
                onStem(stem);
            }
        }
        stream.End();
    }

    /// <summary>The stem id of a word typed elsewhere (a name, a query word), or -1 when it is not a content word.</summary>
    public int StemOf(string exactToken) => _surfaceStem[Surface(exactToken.AsSpan())];

    /// <summary>How each stem is best shown: its commonest spelling.</summary>
    public string[] DisplayForms()
    {
        var best = new string[_stemText.Count];
        var bestCount = new int[_stemText.Count];
        for (var surface = 0; surface < _surfaceText.Count; surface++)
        {
            var stem = _surfaceStem[surface];
            if (stem >= 0 && (_surfaceCount[surface] > bestCount[stem] || best[stem] is null))
            {
                best[stem] = _surfaceText[surface];
                bestCount[stem] = _surfaceCount[surface];
            }
        }
        return best;
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
        _surfaceCount.Add(0);
        _surfaceStem.Add(CommonWords.IsContentWord(text) && _stemmer.Stem(text) is { } stem ? StemId(stem) : -1);
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
}
