namespace StatementBot.Corpus.Speakers;

/// <summary>Counts the roles given to one speaker and lists them cleaned, distinct, most frequent first.</summary>
internal sealed class RoleList
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "to", "a", "an", "at", "in", "on" };

    /// <summary>Words that, added to a role, make it someone else's office.</summary>
    private static readonly HashSet<string> OtherOffice = new(StringComparer.Ordinal)
    {
        "vice", "deputy", "first", "second", "assistant", "associate", "under", "lady", "gentleman", "former", "lieutenant",
        "lt", "spouse", "wife", "husband", "son", "daughter",
    };

    /// <summary>Courtesy titles that are not roles ("Dr." in front of a name says nothing about the office).</summary>
    private static readonly HashSet<string> Courtesy = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam" };

    private readonly Dictionary<string, (string Display, int Count, int FirstSeen, DateOnly? First, DateOnly? Last)> _roles = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="count"/> statements giving the role, from <paramref name="first"/> to <paramref name="last"/> (when dated).</summary>
    public void Add(string? role, int count = 1, DateOnly? first = null, DateOnly? last = null)
    {
        var cleaned = Clean(role);
        if (cleaned is null)
        {
            return;
        }
        last ??= first;
        var key = NameKey.Fold(cleaned);
        _roles[key] = _roles.TryGetValue(key, out var seen)
            ? (seen.Display, seen.Count + count, seen.FirstSeen, Earlier(seen.First, first), Later(seen.Last, last))
            : (cleaned, count, _roles.Count, first, last);
    }

    public void AddAll(RoleList other)
    {
        foreach (var (display, count, _, first, last) in other._roles.Values.OrderBy(r => r.FirstSeen))
        {
            Add(display, count, first, last);
        }
    }

    /// <summary>Each role as in <see cref="Ordered"/>, with its statements and first and last date.</summary>
    public IReadOnlyList<RoleSpan> Spans() =>
        _roles.Values.OrderByDescending(r => r.Count).ThenBy(r => r.FirstSeen).Select(r => new RoleSpan(r.Display, r.Count, r.First, r.Last)).ToArray();

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public bool IsEmpty => _roles.Count == 0;

    public IReadOnlyList<string> Ordered() =>
        _roles.Values.OrderByDescending(r => r.Count).ThenBy(r => r.FirstSeen).Select(r => r.Display).ToArray();

    /// <summary>True when the two speakers' roles could be one person's: either is unknown, or they share a word.</summary>
    public bool IsCompatibleWith(RoleList other) => IsEmpty || other.IsEmpty || SharesWordWith(other);

    public bool SharesWordWith(RoleList other)
    {
        var mine = Words();
        return other.Words().Overlaps(mine);
    }

    /// <summary>
    /// True when a role of one names the same office as a role of the other: one's words are all in the other's
    /// and what the longer adds only says where ("Secretary" and "Secretary of Energy", "Press Secretary" and
    /// "White House Press Secretary"). An added "Vice", "Deputy", "First" or "Second" makes another office:
    /// "President" is not "Vice President", and neither is "First Lady".
    /// </summary>
    public bool NamesSameOfficeAs(RoleList other)
    {
        foreach (var mine in _roles.Keys.Select(RoleWordSet))
        {
            foreach (var theirs in other._roles.Keys.Select(RoleWordSet))
            {
                if (mine.Count > 0 && theirs.Count > 0 && (SameOffice(mine, theirs) || SameOffice(theirs, mine)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A role as shown: trimmed, single-spaced, without a leading article or trailing punctuation.</summary>
    public static string? Clean(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }
        var text = string.Join(' ', role.Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Trim(',', ';', ':', ' ');
        foreach (var article in new[] { "the ", "a ", "an " })
        {
            if (text.StartsWith(article, StringComparison.OrdinalIgnoreCase) && text.Length > article.Length)
            {
                text = text[article.Length..];
                break;
            }
        }
        return text.Length == 0 || Courtesy.Contains(text.TrimEnd('.')) ? null : text;
    }

    private static bool SameOffice(HashSet<string> shorter, HashSet<string> longer) =>
        shorter.IsSubsetOf(longer) && !longer.Except(shorter).Any(OtherOffice.Contains);

    private static HashSet<string> RoleWordSet(string foldedRole) =>
        foldedRole.Split(' ', ',', '-', '.')
            .Where(w => w.Length > 0 && !Filler.Contains(w))
            .Select(w => w == "adviser" ? "advisor" : w)
            .ToHashSet(StringComparer.Ordinal);

    private HashSet<string> Words() =>
        _roles.Keys.SelectMany(k => k.Split(' ', '-', ',')).Where(w => w.Length > 1 && !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
