namespace StatementBot.Corpus.Attribution.Articles.Rules;

/// <summary>What a speech verb can do; a verb's uses come from <c>speech-verbs.tsv</c>.</summary>
[Flags]
internal enum VerbUse
{
    None = 0,

    /// <summary>Takes what was said directly ("said China would ...").</summary>
    Clause = 1,

    /// <summary>Takes what was said only after "that".</summary>
    That = 2,

    /// <summary>May precede its speaker after a quotation ("..., said Tan").</summary>
    Invert = 4,

    /// <summary>A listener may come first ("told reporters ...").</summary>
    Object = 8,

    /// <summary>Introduces a quotation.</summary>
    Quote = 16,

    /// <summary>What was said may be an infinitive ("vowed to keep fighting").</summary>
    To = 32,

    /// <summary>Without "that", what follows is a clause only with an auxiliary or modal in it.</summary>
    Finite = 64,
}

/// <summary>One speech verb form (one or two words), its uses, and the words after it that make it no speech ("insisted on").</summary>
internal sealed record SpeechVerb(IReadOnlyList<string> Words, VerbUse Uses, IReadOnlyList<string> NotBefore)
{
    public bool Can(VerbUse use) => (Uses & use) == use;

    /// <summary>"according to" names its speaker after it and has no subject.</summary>
    public bool IsAccordingTo => Words.Count == 2 && Words[0] == "according";
}

/// <summary>The speech verb table: finds the verb that starts at a word, longest form first.</summary>
internal sealed class SpeechVerbTable
{
    private readonly Dictionary<string, List<SpeechVerb>> _byFirstWord;

    private SpeechVerbTable(Dictionary<string, List<SpeechVerb>> byFirstWord) => _byFirstWord = byFirstWord;

    public static SpeechVerbTable Parse(IEnumerable<string> lines)
    {
        var byFirst = new Dictionary<string, List<SpeechVerb>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var columns = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            var words = columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var uses = VerbUse.None;
            var notBefore = new List<string>();
            foreach (var flag in columns.Length > 1 ? columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (flag.StartsWith("not:", StringComparison.Ordinal))
                {
                    notBefore.AddRange(flag[4..].Split(',', StringSplitOptions.RemoveEmptyEntries));
                }
                else
                {
                    uses |= Enum.Parse<VerbUse>(flag, ignoreCase: true);
                }
            }
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }
            list.Add(new SpeechVerb(words, uses, notBefore));
            list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        }
        return new SpeechVerbTable(byFirst);
    }

    public bool Contains(IReadOnlyList<Token> tokens, int i) => At(tokens, i) is not null;

    /// <summary>The verb whose words are the tokens from <paramref name="i"/> on (outside quotations), or null.</summary>
    public SpeechVerb? At(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord || tokens[i].InQuote || !_byFirstWord.TryGetValue(tokens[i].Bare, out var forms))
        {
            return null;
        }
        foreach (var form in forms)
        {
            if (i + form.Words.Count > tokens.Count)
            {
                continue;
            }
            var all = true;
            for (var w = 1; w < form.Words.Count && all; w++)
            {
                all = tokens[i + w].IsWord && !tokens[i + w].InQuote && string.Equals(tokens[i + w].Bare, form.Words[w], StringComparison.OrdinalIgnoreCase);
            }
            var next = i + form.Words.Count;
            if (all && !(next < tokens.Count && tokens[next].IsWord && form.NotBefore.Contains(tokens[next].Bare, StringComparer.OrdinalIgnoreCase)))
            {
                return form;
            }
        }
        return null;
    }
}
