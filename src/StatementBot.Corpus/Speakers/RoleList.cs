namespace StatementBot.Corpus.Speakers;

/// <summary>Counts the roles given to one speaker and lists them cleaned, distinct, most frequent first.</summary>
internal sealed class RoleList
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "to", "a", "an", "at", "in", "on" };

    private readonly Dictionary<string, (string Display, int Count, int FirstSeen)> _roles = new(StringComparer.Ordinal);

    public void Add(string? role, int count = 1)
    {
        var cleaned = Clean(role);
        if (cleaned is null)
        {
            return;
        }
        var key = NameKey.Fold(cleaned);
        _roles[key] = _roles.TryGetValue(key, out var seen)
            ? (seen.Display, seen.Count + count, seen.FirstSeen)
            : (cleaned, count, _roles.Count);
    }

    public void AddAll(RoleList other)
    {
        foreach (var (display, count, _) in other._roles.Values.OrderBy(r => r.FirstSeen))
        {
            Add(display, count);
        }
    }

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
        return text.Length == 0 ? null : text;
    }

    private HashSet<string> Words() =>
        _roles.Keys.SelectMany(k => k.Split(' ', '-', ',')).Where(w => w.Length > 1 && !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
