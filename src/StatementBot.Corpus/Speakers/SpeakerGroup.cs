namespace StatementBot.Corpus.Speakers;

/// <summary>
/// The statements of one person as grouping finds them: the spellings and names used, the roles given, and the
/// group it was merged into (if any).
/// </summary>
internal sealed class SpeakerGroup(bool isFull, bool isAnonymous, string[] coreTokens, string fallbackName)
{
    public bool IsFull { get; } = isFull;

    /// <summary>"Senior Administration Official": a label for people the document leaves unnamed; never joined to a name.</summary>
    public bool IsAnonymous { get; } = isAnonymous;

    public string[] CoreTokens { get; } = coreTokens;

    public string FallbackName { get; } = fallbackName;

    public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

    /// <summary>The name itself (office dropped) as each statement spelled it; the most frequent names the entry.</summary>
    public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

    public RoleList Roles { get; } = new();

    /// <summary>The sources (publications, sites) its statements come from.</summary>
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public SpeakerGroup? MergedInto { get; private set; }

    public string? NameOverride { get; set; }

    /// <summary>
    /// Counts <paramref name="count"/> statements of one speaker and role in one document; <paramref name="display"/> is
    /// null for a bare title given to its holder (not a name of theirs).
    /// </summary>
    public void Add(string? display, string? role, DateOnly? date, string? source, int count)
    {
        Count += count;
        if (source is not null)
        {
            Sources.Add(source);
        }
        if (display is null)
        {
            Roles.Add(role, count, date);
            return;
        }
        Spellings[display] = Spellings.GetValueOrDefault(display) + count;
        var (office, core) = IsAnonymous ? (string.Empty, display) : SpeakerNames.SplitOffice(display);
        var name = core.Length > 0 ? core : display;
        Names[name] = Names.GetValueOrDefault(name) + count;
        Roles.Add(role, count, date);
        if (office.Length > 0 && !string.Equals(office, "The", StringComparison.OrdinalIgnoreCase))
        {
            Roles.Add(office, count, date);
        }
    }

    /// <summary>Takes in another group's statements; its names count towards the entry's name only when <paramref name="keepNames"/>.</summary>
    public void Absorb(SpeakerGroup other, bool keepNames)
    {
        other.MergedInto = this;
        foreach (var (spelling, count) in other.Spellings)
        {
            Spellings[spelling] = Spellings.GetValueOrDefault(spelling) + count;
        }
        if (keepNames)
        {
            foreach (var (name, count) in other.Names)
            {
                Names[name] = Names.GetValueOrDefault(name) + count;
            }
        }
        Roles.AddAll(other.Roles);
        Sources.UnionWith(other.Sources);
        Count += other.Count;
    }

    public SpeakerGroup Root() => MergedInto is null ? this : MergedInto.Root();
}
