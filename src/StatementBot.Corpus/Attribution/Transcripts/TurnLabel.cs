using System.Globalization;
using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// The capitalised label that opens a White House transcript turn (<c>MS. JEAN-PIERRE:</c>), taken apart into the
/// title it carries (kept as a role: "Secretary", "Vice Admiral") and the name (title-cased: "Jean-Pierre").
/// Courtesy titles (Mr., Ms., Dr.) are dropped and are not roles.
/// </summary>
internal sealed partial record TurnLabel(string Raw, TurnLabelKind Kind, string? Role, string? Name)
{
    private static readonly HashSet<string> CrowdWords = new(StringComparer.Ordinal)
    {
        "AUDIENCE", "CROWD", "OPERATOR", "MODERATOR", "AIDE", "STAFFER", "PARTICIPANT", "PARTICIPANTS", "CHILD",
        "CHILDREN", "STUDENT", "STUDENTS", "KIDS", "CUSTOMER", "INTERPRETER", "TRANSLATOR", "VOICE", "VOICES", "ANNOUNCER",
        "NARRATOR", "UNIDENTIFIED", "UNKNOWN", "ALL", "CHOIR", "ATTENDEE", "ATTENDEES", "GUEST", "VIDEO", "RECORDING",
        "AUDICENCE", "OPERTATOR", "MEMBER", "MEMBERS",
    };

    private static readonly HashSet<string> ReporterWords = new(StringComparer.Ordinal)
    {
        "REPORTER", "REPORTERS", "PRESS", "JOURNALIST", "JOURNALISTS", "QUESTION",
    };

    /// <summary>The label and the turn's first words, when the paragraph opens with a capitalised label and a colon.</summary>
    public static (TurnLabel Label, string Text)? Match(string paragraph)
    {
        var match = LabelPattern().Match(paragraph);
        if (!match.Success || match.Groups["label"].Value.Count(char.IsLetter) < 2)
        {
            return null;
        }

        return (Parse(match.Groups["label"].Value), match.Groups["text"].Value.Trim());
    }

    public static TurnLabel Parse(string raw)
    {
        var label = CollapseSpaces().Replace(raw.Trim(), " ");
        var tokens = label.Split(' ');
        var words = tokens.Select(t => t.TrimEnd('.')).ToArray();
        if (words.Any(CrowdWords.Contains))
        {
            return new TurnLabel(label, TurnLabelKind.Crowd, null, null);
        }

        if (words.Any(ReporterWords.Contains))
        {
            return new TurnLabel(label, TurnLabelKind.Reporter, null, null);
        }

        var start = 0;
        var courtesy = false;
        if (words[0] == "THE")
        {
            start = 1;
        }

        while (start < tokens.Length - 1 && RoleWords.IsCourtesy(tokens[start]))
        {
            courtesy = true;
            start++;
        }

        var rest = tokens[start..];
        if (rest.Length == 0)
        {
            return new TurnLabel(label, TurnLabelKind.Crowd, null, null);
        }

        if (!courtesy && rest.Any(w => w.StartsWith("OFFICIAL", StringComparison.Ordinal)))
        {
            // "SENIOR MILITARY OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL ONE": one label, as anonymous as the briefing meant.
            return new TurnLabel(label, TurnLabelKind.Role, TitleCase(rest[..(Array.FindLastIndex(rest, w => w.StartsWith("OFFICIAL", StringComparison.Ordinal)) + 1)]), null);
        }

        var roleOnly = courtesy
            ? string.Join(' ', rest) is "PRESIDENT" or "VICE PRESIDENT"
            : words[0] == "THE" || rest.All(RoleWords.IsTitle);
        if (roleOnly)
        {
            // "THE PRESIDENT", "SENIOR ADMINISTRATION OFFICIAL", and the odd "MR. PRESIDENT".
            return new TurnLabel(label, TurnLabelKind.Role, TitleCase(rest), null);
        }

        if (rest.Length == 1 && !courtesy && start == 0)
        {
            // A lone unknown word ("FEMA:", "SUBJECT:") is not a person this transcript introduces.
            return new TurnLabel(label, TurnLabelKind.Crowd, null, null);
        }

        var roleLength = 0;
        while (roleLength < rest.Length - 1 && RoleWords.IsTitle(rest[roleLength]))
        {
            roleLength++;
        }

        var role = roleLength == 0 ? null : TitleCase(rest[..roleLength]);
        if (role is not null && rest[..roleLength].Any(w => w.StartsWith("OFFICIAL", StringComparison.Ordinal)))
        {
            // "SENIOR ADMINISTRATION OFFICIAL NUMBER ONE" stays as anonymous as the briefing meant it to be.
            return new TurnLabel(label, TurnLabelKind.Role, role, null);
        }

        return new TurnLabel(label, TurnLabelKind.Person, role, TitleCase(rest[roleLength..]));
    }

    /// <summary>"JEAN-PIERRE" → "Jean-Pierre", "O’NAN" → "O’Nan", "TRỌNG" → "Trọng".</summary>
    public static string TitleCase(IEnumerable<string> tokens) => string.Join(' ', tokens.Select(TitleCaseWord));

    private static string TitleCaseWord(string word)
    {
        var chars = word.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '’' or '\'' or '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,6})\s*:\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex CollapseSpaces();
}
