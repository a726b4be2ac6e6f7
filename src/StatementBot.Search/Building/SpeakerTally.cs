namespace StatementBot.Search.Building;

/// <summary>What the statistics collect about one speaker while an index is built.</summary>
internal sealed class SpeakerTally
{
    public int Statements;
    public long Words;
    public DateOnly? First;
    public DateOnly? Last;
    public readonly HashSet<string> Paths = new(StringComparer.Ordinal);
    public readonly List<int[]> Tokens = [];
    public readonly Dictionary<string, int> Roles = new(StringComparer.OrdinalIgnoreCase);
    public readonly Dictionary<string, int> Sources = new(StringComparer.OrdinalIgnoreCase);
    public readonly Dictionary<long, int> Counts = [];

    /// <summary>How often the speaker writes each listable surface, to show a word as they write it.</summary>
    public readonly Dictionary<int, int> Surfaces = [];

    /// <summary>The role the speaker is given most often, or empty (read once every statement is added).</summary>
    public string PrimaryRole => _role ??= Commonest(Roles) ?? string.Empty;

    /// <summary>The source (publication, site) the speaker's statements come from most often, or empty.</summary>
    public string PrimarySource => _source ??= Commonest(Sources) ?? string.Empty;

    private string? _role;
    private string? _source;

    private static string? Commonest(Dictionary<string, int> counts) =>
        counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
