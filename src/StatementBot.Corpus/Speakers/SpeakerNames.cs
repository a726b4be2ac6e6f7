namespace StatementBot.Corpus.Speakers;

/// <summary>
/// How speaker names are written and taken apart: honorifics dropped ("MS. JEAN-PIERRE" is "Jean-Pierre"),
/// transcript capitals made readable, and offices before a name ("PRESIDENT BIDEN") told apart from the name.
/// </summary>
internal static class SpeakerNames
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "mx", "dr" };

    /// <summary>Words that name an office or rank, not a person, when they come before a name.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "president", "vice", "first", "lady", "gentleman", "secretary", "admiral", "general", "ambassador",
        "senator", "governor", "mayor", "administrator", "director", "deputy", "press", "chief", "attorney",
        "speaker", "leader", "representative", "congressman", "congresswoman", "commissioner", "coordinator",
        "colonel", "captain", "major", "minister", "prime", "chancellor", "king", "queen", "prince", "princess",
        "pope", "sir", "dame", "lord", "judge", "justice", "acting", "assistant", "surgeon", "spokesperson",
        "spokesman", "spokeswoman", "sergeant", "lieutenant", "commander", "special", "envoy", "national", "security",
        "adviser", "advisor", "senior", "principal", "former", "chairman", "chairwoman", "chair", "leader",
    };

    /// <summary>The name as a reader sees it: no honorific, no transcript capitals, single spaces.</summary>
    public static string Display(string raw)
    {
        var words = raw.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Honorifics.Contains(words[0].TrimEnd('.')))
        {
            words.RemoveAt(0);
        }
        var text = string.Join(' ', words).Trim().TrimEnd(':', ',');
        return IsShouted(text) ? TitleCase(text) : text;
    }

    /// <summary>Splits "President Biden" into the office ("President") and the name ("Biden").</summary>
    public static (string Office, string Core) SplitOffice(string display)
    {
        var words = display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && Offices.Contains(words[i].TrimEnd('.', ',')))
        {
            i++;
        }
        return (string.Join(' ', words[..i]), string.Join(' ', words[i..]));
    }

    /// <summary>
    /// "Senior Administration Official", "White House Officials", "Aide": a label for someone the document leaves
    /// unnamed. Its words are the whole label, not an office in front of a name.
    /// </summary>
    public static bool IsAnonymous(string display) => OfficeNames.IsAnonymous(display);

    public static string[] Tokens(string name) => NameKey.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsShouted(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>"JEAN-PIERRE" → "Jean-Pierre", "O'BRIEN" → "O'Brien".</summary>
    private static string TitleCase(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || chars[i - 1] is ' ' or '-' or '\'' or '’' or '.'))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }
}
