using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Turns the speakers of many statements into registry entries. Statements are grouped by name (honorifics and
/// capitals aside); a group known only by a surname, with or without an office ("Kirby", "PRESIDENT BIDEN"),
/// joins the one full-name group with that surname whose roles fit, and its spellings become aliases. When the
/// surname fits several people ("Biden" with no role, in a corpus with Joe and Jill Biden) it joins nobody.
/// </summary>
internal static class SpeakerGrouping
{
    public static IReadOnlyList<SpeakerEntry> Entries(IEnumerable<Statement> statements)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (string.IsNullOrWhiteSpace(statement.Speaker))
            {
                continue;
            }
            var display = SpeakerNames.Display(statement.Speaker);
            var (office, core) = SpeakerNames.SplitOffice(display);
            var coreTokens = SpeakerNames.Tokens(core);
            var isFull = coreTokens.Length >= 2;
            // Full names group by the name alone; a surname groups with its office, which tells people apart.
            var key = isFull ? NameKey.Fold(core) : NameKey.Fold(display);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(isFull, coreTokens, isFull ? core : display);
                groups[key] = group;
            }
            group.Count++;
            group.Spellings[display] = group.Spellings.GetValueOrDefault(display) + 1;
            var name = isFull ? core : display;
            group.Names[name] = group.Names.GetValueOrDefault(name) + 1;
            group.Roles.Add(statement.Role);
            if (office.Length > 0 && !string.Equals(office, "The", StringComparison.OrdinalIgnoreCase))
            {
                group.Roles.Add(office);
            }
        }

        var full = groups.Values.Where(g => g.IsFull).ToList();
        foreach (var partial in groups.Values.Where(g => !g.IsFull && g.CoreTokens.Length == 1))
        {
            var target = MergeTarget(partial, full);
            if (target is not null)
            {
                partial.MergedInto = target;
                foreach (var (spelling, count) in partial.Spellings)
                {
                    target.Spellings[spelling] = target.Spellings.GetValueOrDefault(spelling) + count;
                }
                target.Roles.AddAll(partial.Roles);
                target.Count += partial.Count;
            }
        }

        return groups.Values.Where(g => g.MergedInto is null).Select(ToEntry).ToList();
    }

    /// <summary>The one full-name group the surname fits (last name first, first name when no last name does) with compatible roles.</summary>
    private static Group? MergeTarget(Group partial, List<Group> full)
    {
        var surname = partial.CoreTokens[0];
        var candidates = full.Where(g => g.CoreTokens[^1] == surname).ToList();
        if (candidates.Count == 0)
        {
            candidates = full.Where(g => g.CoreTokens[0] == surname).ToList();
        }
        var fitting = candidates.Where(c => c.Roles.IsCompatibleWith(partial.Roles)).ToList();
        if (fitting.Count > 1 && !partial.Roles.IsEmpty)
        {
            fitting = fitting.Where(c => c.Roles.SharesWordWith(partial.Roles)).ToList();
        }
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static SpeakerEntry ToEntry(Group group)
    {
        var name = group.Names
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key)
            .FirstOrDefault() ?? group.FallbackName;
        var aliases = group.Spellings.Keys.Concat(group.Names.Keys)
            .Where(s => NameKey.Fold(s) != NameKey.Fold(name))
            .GroupBy(NameKey.Fold)
            .Select(g => g.OrderByDescending(s => group.Spellings.GetValueOrDefault(s)).ThenBy(s => s, StringComparer.Ordinal).First())
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new SpeakerEntry(name, aliases, group.Roles.Ordered());
    }

    private sealed class Group(bool isFull, string[] coreTokens, string fallbackName)
    {
        public bool IsFull { get; } = isFull;

        public string[] CoreTokens { get; } = coreTokens;

        public string FallbackName { get; } = fallbackName;

        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

        /// <summary>The name itself (office dropped) as each statement spelled it; the most frequent names the entry.</summary>
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public RoleList Roles { get; } = new();

        public int Count { get; set; }

        public Group? MergedInto { get; set; }
    }
}
