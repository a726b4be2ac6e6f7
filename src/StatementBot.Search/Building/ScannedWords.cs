using StatementBot.Search.Analysis;

namespace StatementBot.Search.Building;

/// <summary>
/// What the statistics need to know of each form once every statement is scanned, as flat arrays: its stem, whether
/// it may be listed (a content word that stands on its own) and whether it may sit inside a phrase.
/// </summary>
internal sealed class ScannedWords
{
    public ScannedWords(Vocabulary vocabulary)
    {
        StemCount = vocabulary.StemCount;
        var forms = vocabulary.FormCount;
        Stem = new int[forms];
        Surface = new int[forms];
        Candidate = new bool[forms];
        LinkableForm = new bool[forms];
        for (var form = 0; form < forms; form++)
        {
            Stem[form] = vocabulary.StemOfForm(form);
            Surface[form] = vocabulary.SurfaceOfForm(form);
            Candidate[form] = vocabulary.IsContent(form) && vocabulary.IsStandaloneWord(form) && Stem[form] <= TermKey.MaxStem;
            LinkableForm[form] = Candidate[form] || (vocabulary.IsLinkable(form) && Stem[form] <= TermKey.MaxStem);
        }
    }

    public int StemCount { get; }

    /// <summary>Each form's stem (-1 for stop words).</summary>
    public int[] Stem { get; }

    /// <summary>Each form's surface (its exact-field token).</summary>
    public int[] Surface { get; }

    /// <summary>Forms that may be listed and may start or end a phrase.</summary>
    public bool[] Candidate { get; }

    /// <summary>Forms that may sit inside a phrase.</summary>
    public bool[] LinkableForm { get; }

    /// <summary>Whether the token at <paramref name="at"/> exists and may continue a phrase.</summary>
    public bool Linkable(int[] tokens, int at) => at < tokens.Length && tokens[at] >= 0 && LinkableForm[tokens[at]];
}
