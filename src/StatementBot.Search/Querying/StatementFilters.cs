using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Querying;

/// <summary>
/// The filters analysts narrow any search with, besides speaker and dates: how the statement was attributed, where it
/// comes from (a corpus folder or a publisher), and the role the speaker spoke in (every holder of it).
/// </summary>
public sealed record StatementFilters(StatementKind? Kind = null, string? Source = null, string? Role = null)
{
    public static StatementFilters None { get; } = new();

    public bool IsEmpty => Kind is null && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Role);
}

/// <summary>
/// The filters as applied: the sources and roles a typed value matched, in the index's own spelling (shown in a reply
/// so the user sees what was counted).
/// </summary>
public sealed record AppliedFilters(StatementKind? Kind, IReadOnlyList<string> Sources, IReadOnlyList<string> Roles)
{
    public static AppliedFilters None { get; } = new(null, [], []);
}
