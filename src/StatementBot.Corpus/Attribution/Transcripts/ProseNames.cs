using System.Text.RegularExpressions;
using StatementBot.Corpus.Speakers.Words;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Reads names and the roles in front of them out of titles and prose: "Press Briefing by Press Secretary Karine
/// Jean-Pierre" has the role "Press Secretary" in front of the name "Karine Jean-Pierre". Plain word rules over
/// prose; no markup is parsed here.
/// </summary>
internal static partial class ProseNames
{
    private const int MaxNameTokens = 3;

    /// <summary>Every place <paramref name="role"/> (e.g. "Vice President") is followed by a name, in text order.</summary>
    public static IEnumerable<NameMention> AfterRole(IEnumerable<string> texts, string role)
    {
        var pattern = new Regex(@"(?<![\p{L}\-])" + string.Join(@"\s+", role.Split(' ').Select(Regex.Escape)) + @"(?=\s)", RegexOptions.CultureInvariant);
        var firstWord = role.Split(' ')[0];
        return texts.Where(text => text.Contains(firstWord, StringComparison.Ordinal)).SelectMany(text => AfterRole(text, pattern));
    }

    private static IEnumerable<NameMention> AfterRole(string text, Regex pattern)
    {
        var role = string.Empty;
        foreach (Match match in pattern.Matches(text))
        {
            role = CollapseSpaces().Replace(match.Value, " ");
            var before = TokensBefore(text, match.Index);
            if (before.Count > 0 && (RoleWords.IsTitle(before[^1]) || RoleWords.IsAcronym(before[^1])))
            {
                // "Vice President" is not "President"; "Deputy Press Secretary" is not "Press Secretary".
                continue;
            }

            var name = NameAfter(text, match.Index + match.Length);
            if (name.Count > 0)
            {
                yield return new NameMention(name, role);
            }
        }
    }

    /// <summary>
    /// Every place <paramref name="surname"/> is written with a capital (not in a capitalised turn label), with the
    /// given names just before it (possibly none) and the role before those.
    /// </summary>
    public static IEnumerable<(int Text, NameMention Mention)> WithSurname(IReadOnlyList<string> texts, string surname)
    {
        var pattern = new Regex(@"(?<![\p{L}\p{M}'’\-])(?i:" + string.Join(@"\s+", surname.Split(' ').Select(Regex.Escape)) + @")(?![\p{L}\p{M}\-])", RegexOptions.CultureInvariant);
        var firstWord = surname.Split(' ')[0];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!texts[i].Contains(firstWord, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var mention in WithSurname(texts[i], pattern))
            {
                yield return (i, mention);
            }
        }
    }

    private static IEnumerable<NameMention> WithSurname(string text, Regex pattern)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var written = match.Value;
            if (!char.IsUpper(written[0]) || !written.Any(char.IsLower))
            {
                continue;
            }

            var before = TokensBefore(text, match.Index);
            var given = new List<string>();
            while (before.Count > 0 && given.Count < 2 && IsGivenName(before[^1]))
            {
                // A second given name only when the first is an initial or the pair stands clear of a role: "Senior
                // Director for the Western Hemisphere Juan Gonzalez" is Juan Gonzalez; "with Andrew Ross Sorkin" keeps three.
                if (given.Count == 1 && !RoleWords.IsInitials(RoleWords.Bare(given[0])) && before.Count > 1
                    && (PartOfRole(before[^2]) || before.TakeLast(5).Any(RoleWords.IsConnector)))
                {
                    break;
                }

                given.Insert(0, before[^1]);
                before.RemoveAt(before.Count - 1);
            }

            var first = before.Count - 1;
            while (first >= 0 && IsGivenName(before[first]))
            {
                first--;
            }

            if (first >= 0 && WordList.Relatives.Contains(RoleWords.Bare(before[first])))
            {
                // "My mom, Catherine Eugenia Finnegan Biden": a relative talked about, not a speaker introduced.
                continue;
            }

            given = given.Select(RoleWords.Bare).ToList();

            yield return new NameMention([.. given, .. written.Split(' ', StringSplitOptions.RemoveEmptyEntries)], RoleBefore(before));
        }
    }

    /// <summary>
    /// Every full name in <paramref name="text"/> whose surname <paramref name="isSurname"/> accepts, with the role
    /// before it: given names first ("Secretary of Defense Lloyd Austin") or, after a role, the family name first
    /// ("President Xi Jinping"). One pass over the words, for reading a whole corpus.
    /// </summary>
    public static IEnumerable<NameMention> FullNames(string text, Func<string, bool> isSurname)
    {
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length < 2 || !char.IsUpper(token[0]) || !RoleWords.CanBeName(token) || !isSurname(RoleWords.Bare(token)))
            {
                continue;
            }

            var given = new List<string>();
            for (var j = i - 1; j >= 0 && given.Count < 2 && IsGivenName(tokens[j]); j--)
            {
                given.Insert(0, RoleWords.Bare(tokens[j]));
            }

            if (given.Count > 0)
            {
                if (i + 1 < tokens.Count && token == RoleWords.Bare(token) && IsGivenName(tokens[i + 1]))
                {
                    // The name goes on: "New York Stock Exchange" does not end at "Stock", so it names no Stock.
                    continue;
                }
                yield return new NameMention([.. given, RoleWords.Bare(token)], RoleBefore(Window(tokens, i - given.Count)));
                continue;
            }

            var after = new List<string> { RoleWords.Bare(token) };
            for (var j = i + 1; j < tokens.Count && after.Count < MaxNameTokens && !EndsName(tokens[j - 1]) && CanFollowFamilyName(tokens[j]); j++)
            {
                after.Add(RoleWords.Bare(tokens[j]));
            }

            if (after.Count > 1 && RoleBefore(Window(tokens, i)) is { } role)
            {
                yield return new NameMention(after, role);
            }
        }
    }

    /// <summary>
    /// The speaker a title names after "by", "of" or "from" ("Remarks by Vice President Harris on ...",
    /// "Statement by President Biden"), or at its start before a possessive ("Foreign Ministry Spokesperson Geng
    /// Shuang's Regular Press Conference"). The name may be missing ("Remarks by the First Lady").
    /// </summary>
    public static NameMention? InTitle(string title)
    {
        if (TitleMention(title, 0, requirePossessive: true) is { } possessive)
        {
            return possessive;
        }

        var speech = SpeechWord().Match(title);
        if (!speech.Success)
        {
            return null;
        }

        foreach (Match anchor in TitleAnchor().Matches(title, speech.Index + speech.Length))
        {
            if (TitleMention(title, anchor.Index + anchor.Length, requirePossessive: false) is { } mention)
            {
                return mention;
            }
        }

        return null;
    }

    private static NameMention? TitleMention(string title, int start, bool requirePossessive)
    {
        var tokens = Tokens(title[start..]);
        var role = new List<string>();
        var i = 0;
        for (; i < tokens.Count && IsRoleToken(tokens, i); i++)
        {
            role.Add(RoleWords.Bare(tokens[i]));
            if (EndsClause(tokens[i]))
            {
                i++;
                break;
            }
        }

        while (i < tokens.Count && RoleWords.IsCourtesy(tokens[i]))
        {
            i++;
        }

        var name = new List<string>();
        var possessive = false;
        for (; i < tokens.Count && name.Count < MaxNameTokens && RoleWords.CanBeName(tokens[i]) && !(name.Count > 0 && RoleWords.IsGerund(tokens[i])); i++)
        {
            name.Add(RoleWords.Bare(tokens[i]));
            if (EndsName(tokens[i]))
            {
                possessive = tokens[i].EndsWith("’s", StringComparison.Ordinal) || tokens[i].EndsWith("'s", StringComparison.Ordinal);
                break;
            }
        }

        var cleanRole = CleanRole(role);
        if (requirePossessive)
        {
            return cleanRole is not null && name.Count > 0 && possessive ? new NameMention(name, cleanRole) : null;
        }

        return cleanRole is null && name.Count == 0 ? null : new NameMention(name, cleanRole);
    }

    /// <summary>The role phrase that ends right before a name: titles, abbreviations and the small words between them.</summary>
    public static string? RoleBefore(IReadOnlyList<string> before)
    {
        var role = new List<string>();
        for (var i = before.Count - 1; i >= 0 && role.Count < 12; i--)
        {
            var token = before[i];
            if (EndsClause(token))
            {
                break;
            }

            var bare = RoleWords.Bare(token);
            if (RoleWords.IsConnector(token) || (bare.Length > 0 && char.IsUpper(bare[0]) && (RoleWords.IsTitle(bare) || RoleWords.IsAcronym(bare) || RoleWords.IsCourtesy(bare))))
            {
                role.Insert(0, bare);
            }
            else if (token == "and" && role.Count > 0 && RoleWords.IsTitle(role[0]) && i > 0
                && RoleWords.IsTitle(RoleWords.Bare(before[i - 1])) && !RoleWords.IsOffice(before[i - 1]))
            {
                role.Insert(0, token);
            }
            else
            {
                break;
            }
        }

        return CleanRole(role);
    }

    public static List<string> TokensBefore(string text, int index)
    {
        var start = Math.Max(0, index - 240);
        var tokens = Tokens(text[start..index]);
        if (start > 0 && tokens.Count > 0)
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    private static List<string> NameAfter(string text, int index)
    {
        var name = new List<string>();
        foreach (var token in Tokens(text.Substring(index, Math.Min(120, text.Length - index))))
        {
            if (name.Count == MaxNameTokens || !RoleWords.CanBeName(token) || (name.Count > 0 && RoleWords.IsGerund(token)))
            {
                break;
            }

            name.Add(RoleWords.Bare(token));
            if (EndsName(token))
            {
                break;
            }
        }

        return name;
    }

    private static bool IsRoleToken(List<string> tokens, int i)
    {
        var token = tokens[i];
        var bare = RoleWords.Bare(token);
        if (RoleWords.IsConnector(token) || (bare.Length > 0 && char.IsUpper(bare[0]) && (RoleWords.IsTitle(bare) || RoleWords.IsAcronym(bare) || RoleWords.IsCourtesy(bare))))
        {
            return true;
        }

        return token == "and" && i > 0 && i + 1 < tokens.Count
            && RoleWords.IsTitle(RoleWords.Bare(tokens[i - 1])) && !RoleWords.IsOffice(tokens[i - 1]) && RoleWords.IsTitle(RoleWords.Bare(tokens[i + 1]));
    }

    private static bool PartOfRole(string token)
    {
        var bare = RoleWords.Bare(token);
        return RoleWords.IsTitle(bare) || RoleWords.IsAcronym(bare) || RoleWords.IsConnector(token) || token is "in" or "at";
    }

    /// <summary>The dozen words before <paramref name="end"/>: enough for any role phrase.</summary>
    private static List<string> Window(List<string> tokens, int end) => tokens.GetRange(Math.Max(0, end - 12), Math.Min(12, end));

    /// <summary>
    /// The given name after a family name written first ("Xi Jinping", "Wang Yi."), not a word that starts something
    /// else. "-ing" is no sign of a verb here: "Jinping", "Chunying".
    /// </summary>
    private static bool CanFollowFamilyName(string token) =>
        RoleWords.CanBeName(token) && !token.StartsWith('(') && !WordList.Relatives.Contains(RoleWords.Bare(token))
        && !WordList.NotGivenNames.Contains(RoleWords.Bare(token));

    /// <summary>
    /// A word that can stand before a surname as a given name: not a family word ("my Grandfather Biden"), not the
    /// opening of a stage direction ("(Addressing Megan Bell’s daughter.)"), not an "-ing" word.
    /// </summary>
    private static bool IsGivenName(string token) =>
        RoleWords.CanBeName(token) && !EndsClause(token) && !EndsName(token) && !token.StartsWith('(')
        && !RoleWords.IsGerund(token) && !WordList.Relatives.Contains(RoleWords.Bare(token))
        && !WordList.NotGivenNames.Contains(RoleWords.Bare(token));

    /// <summary>A token after which a role or name cannot continue: it ends with a comma, colon or sentence stop.</summary>
    private static bool EndsClause(string token) =>
        token.EndsWith(',') || token.EndsWith(';') || token.EndsWith(':') || token.EndsWith('?') || token.EndsWith('!')
        || (token.EndsWith('.') && !RoleWords.IsCourtesy(token) && !RoleWords.IsAcronym(token) && !(token.Length == 2 && char.IsUpper(token[0])));

    private static bool EndsName(string token) =>
        EndsClause(token) || token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith(')');

    private static string? CleanRole(List<string> role)
    {
        var words = role.Where(w => !RoleWords.IsCourtesy(w)).ToList();
        while (words.Count > 0 && (RoleWords.IsConnector(words[0]) || words[0] == "and"))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && (RoleWords.IsConnector(words[^1]) || words[^1] == "and"))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static List<string> Tokens(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"\s+")]
    private static partial Regex CollapseSpaces();

    [GeneratedRegex(@"\b(?:Remarks|Statement|Address|Excerpts?|Speech|Toast|Eulogy|Message|Keynote|Briefing|Gaggle|Call|Conference|Interview)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeechWord();

    [GeneratedRegex(@"\b(?:by|of|from)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleAnchor();
}
