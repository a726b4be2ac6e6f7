using System.Text;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// The form names are compared in: lower case, Latin diacritics folded ("Erdoğan" = "erdogan"), typographic
/// apostrophes and dashes made plain, spaces single. (Unicode normalisation is not available with invariant
/// globalisation, so the common Latin letters are folded by table.)
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    /// <summary>A name in the form names are compared in (see the type).</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (Folds.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
            else if (char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The form in which spellings of one name meet: <see cref="Fold"/>, then hyphens as spaces ("Jean Pierre" =
    /// "Jean-Pierre"), dots dropped and initials joined ("D. L." = "D.L." = "DL"), and transliterated endings written
    /// one way ("Zelenskyy" = "Zelenskiy" = "Zelensky").
    /// </summary>
    public static string Loose(string name)
    {
        var words = new List<string>();
        var previousWasInitials = false;
        foreach (var token in Fold(name).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = token.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 0)
            {
                continue;
            }
            var initials = pieces.All(p => p.Length == 1);
            var word = initials ? string.Concat(pieces) : SpellingOf(string.Concat(pieces));
            if (initials && previousWasInitials)
            {
                words[^1] += word;
            }
            else
            {
                words.Add(word);
            }
            previousWasInitials = initials;
        }
        return string.Join(' ', words);
    }

    private static string SpellingOf(string word)
    {
        foreach (var (ending, replacement) in Words.WordList.SpellingEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length] + replacement;
            }
        }
        return word;
    }

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string>();
        void Map(string letters, string to)
        {
            foreach (var letter in letters)
            {
                folds[letter] = to;
            }
        }
        Map("àáâãäåāăą", "a");
        Map("çćĉċč", "c");
        Map("ďđ", "d");
        Map("èéêëēĕėęě", "e");
        Map("ĝğġģ", "g");
        Map("ĥħ", "h");
        Map("ìíîïĩīĭįı", "i");
        Map("ĵ", "j");
        Map("ķ", "k");
        Map("ĺļľŀł", "l");
        Map("ñńņňŉ", "n");
        Map("òóôõöøōŏő", "o");
        Map("ŕŗř", "r");
        Map("śŝşšș", "s");
        Map("ţťŧț", "t");
        Map("ùúûüũūŭůűų", "u");
        Map("ŵ", "w");
        Map("ýÿŷ", "y");
        Map("źżž", "z");
        Map("‘’‛′`´", "'");
        Map("‐‑‒–—―", "-");
        folds['ß'] = "ss";
        folds['æ'] = "ae";
        folds['œ'] = "oe";
        folds['þ'] = "th";
        folds['ð'] = "d";
        return folds;
    }
}
