using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Turns the speakers of many statements into registry entries, never putting two people in one. Full names group
/// by the name (honorifics and capitals aside), and the same name written with a nickname or a middle initial
/// ("Joseph R. Biden", "Joe Biden") is one person when the roles agree. A surname alone ("Biden", "PRESIDENT
/// BIDEN") groups with its role — the President's "Biden" and the First Lady's "Biden" are two groups — and joins
/// the one full-name group with that surname whose roles name the same office; without a role it joins only a
/// surname nobody else in the corpus has, and failing that takes the full name the corpus writes with the same
/// office (<see cref="SurnameCompletion"/>: "Xi" the President is Xi Jinping). Surnames that join nobody stay apart,
/// labelled with their role when the same surname is left with several offices ("Brown (Governor)"). Anonymous
/// officials keep their label whole. A bare title ("THE VICE PRESIDENT" in a document that names nobody) goes to
/// the person the corpus shows in that office, in that source, at that date (<see cref="OfficeTimeline{T}"/>); each
/// entry carries the terms the corpus shows it holding.
/// </summary>
internal static class SpeakerGrouping
{
    /// <summary>Entries, and for each statement key (<see cref="StatementKey"/>) the entry its statements belong to.</summary>
    /// <param name="documents">Each document's statements, in corpus order; organisations' are left out.</param>
    /// <param name="written">The names the same statements write (<see cref="WrittenNames"/>), in the same order.</param>
    public static (IReadOnlyList<SpeakerEntry> Entries, IReadOnlyDictionary<string, SpeakerEntry> ByStatement) Entries(
        IEnumerable<IReadOnlyList<Statement>> documents, IEnumerable<WrittenNames> written)
    {
        var groups = new Dictionary<string, SpeakerGroup>(StringComparer.Ordinal);
        var groupOfKey = new Dictionary<string, SpeakerGroup>(StringComparer.Ordinal);
        var titled = new List<(Statement Statement, string Display, int Count)>();
        var evidence = new List<(Statement Statement, string? Office, SpeakerGroup SpeakerGroup)>();
        foreach (var (statement, count) in SpeakerTurns.Of(documents))
        {
            var display = SpeakerNames.Display(statement.Speaker);
            if (OfficeNames.IsTitleOnly(display))
            {
                // "THE VICE PRESIDENT" the document did not name: whoever the corpus shows in the office that day.
                titled.Add((statement, display, count));
                continue;
            }
            var statementKey = StatementKey(statement);
            if (!groupOfKey.TryGetValue(statementKey, out var group))
            {
                group = GroupFor(groups, display, statement.Role);
                groupOfKey[statementKey] = group;
            }
            group.Add(display, statement.Role, statement.Document.Date, statement.Document.Source, count);
            if (!group.IsAnonymous)
            {
                evidence.Add((statement, RoleList.Clean(statement.Role) ?? RoleList.Clean(SpeakerNames.SplitOffice(display).Office), group));
            }
        }

        var full = groups.Values.Where(g => g.IsFull).ToList();
        JoinNameVariants(full);
        full = full.Where(g => g.MergedInto is null).ToList();

        var leftover = new List<SpeakerGroup>();
        foreach (var partial in groups.Values.Where(g => !g.IsFull).OrderByDescending(g => g.Count).ThenBy(g => g.FallbackName, StringComparer.Ordinal))
        {
            if (MergeTarget(partial, full) is { } target)
            {
                target.Absorb(partial, keepNames: false);
            }
            else
            {
                leftover.Add(partial);
            }
        }
        leftover = SurnameCompletion.Complete(leftover, full, written);
        var kept = full.Concat(SettleLeftovers(leftover)).ToList();

        var timeline = new OfficeTimeline<SpeakerGroup>();
        foreach (var (statement, office, group) in evidence)
        {
            timeline.Add(office, statement.Document.Source, statement.Document.Date, statement.Document.Path, group.Root());
        }
        timeline.Seal();
        var titleGroups = new Dictionary<string, SpeakerGroup>(StringComparer.Ordinal);
        foreach (var (statement, display, count) in titled)
        {
            var key = StatementKey(statement);
            if (!groupOfKey.TryGetValue(key, out var holder))
            {
                holder = timeline.HolderAt(statement.Role ?? display, statement.Document.Source, statement.Document.Date);
                if (holder is null)
                {
                    // Nobody clearly held the office then: the title stays, as the document wrote it.
                    holder = GroupFor(titleGroups, display, statement.Role);
                    if (!kept.Contains(holder))
                    {
                        kept.Add(holder);
                    }
                }
                groupOfKey[key] = holder;
            }
            holder.Add(titleGroups.ContainsValue(holder) ? display : null, statement.Role, statement.Document.Date, statement.Document.Source, count);
        }

        var terms = timeline.Terms();
        var entries = kept.ToDictionary(g => g, g => ToEntry(g, terms.GetValueOrDefault(g)));
        var byStatement = groupOfKey.ToDictionary(p => p.Key, p => entries[p.Value.Root()], StringComparer.Ordinal);
        return (entries.Values.ToList(), byStatement);
    }

    /// <summary>
    /// What identifies a statement's speaker for grouping: the name as displayed and the role given; for a bare
    /// title, also the source and the day (the title's holder changes with them).
    /// </summary>
    public static string StatementKey(Statement statement)
    {
        var display = SpeakerNames.Display(statement.Speaker);
        var key = NameKey.Fold(display) + "\u0001" + NameKey.Fold(RoleList.Clean(statement.Role) ?? string.Empty);
        return OfficeNames.IsTitleOnly(display) ? key + "\u0001" + statement.Document.Source + "\u0001" + statement.Document.Date : key;
    }

    private static SpeakerGroup GroupFor(Dictionary<string, SpeakerGroup> groups, string display, string? role)
    {
        var anonymous = SpeakerNames.IsAnonymous(display);
        var (office, core) = anonymous ? (string.Empty, display) : SpeakerNames.SplitOffice(display);
        if (core.Length == 0)
        {
            (office, core) = (string.Empty, display);
        }
        // Each word in the form spellings meet in ("Zelenskyy" = "Zelensky"); a hyphenated surname stays one word.
        var coreTokens = SpeakerNames.Tokens(core).Select(NameKey.Loose).ToArray();
        var isFull = coreTokens.Length >= 2;
        if (!isFull)
        {
            role = RoleList.Clean(role) ?? RoleList.Clean(office);
        }
        // Full names group by the name alone; a surname groups with its role, which tells people apart.
        var key = isFull ? NameKey.Loose(core) : NameKey.Loose(core) + "\u0001" + NameKey.Fold(role ?? string.Empty);
        if (!groups.TryGetValue(key, out var group))
        {
            group = new SpeakerGroup(isFull, anonymous, coreTokens, core);
            groups[key] = group;
        }
        return group;
    }

    /// <summary>"Joe Biden" and "Joseph R. Biden", "Tony Fauci" and "Anthony Fauci": one person when the roles agree.</summary>
    private static void JoinNameVariants(List<SpeakerGroup> full)
    {
        foreach (var sameSurname in full.Where(g => !g.IsAnonymous).GroupBy(g => g.CoreTokens[^1]).Where(g => g.Count() > 1))
        {
            var ordered = sameSurname.OrderByDescending(g => g.Count).ThenBy(g => g.FallbackName, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].MergedInto is not null)
                {
                    continue;
                }
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    var variant = ordered[j];
                    if (variant.MergedInto is null && GivenNames.SamePerson(ordered[i].CoreTokens, variant.CoreTokens)
                        && ordered[i].Roles.IsCompatibleWith(variant.Roles))
                    {
                        ordered[i].Absorb(variant, keepNames: true);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The one full-name group a surname fits: same surname (last name first, first name when no last name fits),
    /// and with a role, a role naming the same office (or no role known for the only person with that surname);
    /// without one, the only person with that surname.
    /// </summary>
    private static SpeakerGroup? MergeTarget(SpeakerGroup partial, List<SpeakerGroup> full)
    {
        if (partial.IsAnonymous)
        {
            return null;
        }
        var surname = partial.CoreTokens[0];
        var candidates = full.Where(g => !g.IsAnonymous && g.CoreTokens[^1] == surname).ToList();
        var byFirstName = candidates.Count == 0;
        if (byFirstName)
        {
            candidates = full.Where(g => !g.IsAnonymous && g.CoreTokens[0] == surname).ToList();
        }
        var fitting = partial.Roles.IsEmpty ? candidates : candidates.Where(c => c.Roles.NamesSameOfficeAs(partial.Roles)).ToList();
        // "Secretary Austin" is not Austin Randolph: a first name joins a titled surname only when the offices agree.
        if (fitting.Count == 0 && !byFirstName && candidates is [{ Roles.IsEmpty: true } only])
        {
            // The only person with that surname, and nothing the corpus says about them contradicts the role.
            return only;
        }
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>
    /// Surnames no full name took: those of one surname whose roles agree are one person; when the roles say
    /// several people, each keeps its own entry, named with its main role so the names stay distinct.
    /// </summary>
    private static IEnumerable<SpeakerGroup> SettleLeftovers(List<SpeakerGroup> leftover)
    {
        foreach (var sameSurname in leftover.GroupBy(g => g.CoreTokens[0]))
        {
            var clusters = new List<SpeakerGroup>();
            var roleless = new List<SpeakerGroup>();
            foreach (var group in sameSurname)
            {
                if (group.Roles.IsEmpty)
                {
                    roleless.Add(group);
                    continue;
                }
                var joined = clusters.FirstOrDefault(c => c.Roles.NamesSameOfficeAs(group.Roles));
                if (joined is null)
                {
                    clusters.Add(group);
                }
                else
                {
                    joined.Absorb(group, keepNames: true);
                }
            }
            if (clusters.Count <= 1)
            {
                var one = clusters.FirstOrDefault() ?? roleless[0];
                foreach (var group in roleless.Where(g => g != one))
                {
                    one.Absorb(group, keepNames: true);
                }
                yield return one;
                continue;
            }
            foreach (var cluster in clusters)
            {
                cluster.NameOverride = $"{cluster.FallbackName} ({cluster.Roles.Ordered()[0]})";
                yield return cluster;
            }
            foreach (var group in roleless.Skip(1))
            {
                roleless[0].Absorb(group, keepNames: true);
            }
            if (roleless.Count > 0)
            {
                yield return roleless[0];
            }
        }
    }

    private static SpeakerEntry ToEntry(SpeakerGroup group, List<OfficeTerm>? terms)
    {
        var name = group.NameOverride ?? group.Names
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
        var ordered = terms?.OrderBy(t => t.First).ThenBy(t => t.Office, StringComparer.Ordinal).ToArray();
        return new SpeakerEntry(name, aliases, group.Roles.Ordered(), ordered, group.Roles.Spans());
    }
}
