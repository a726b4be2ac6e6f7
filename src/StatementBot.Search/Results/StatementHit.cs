using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Results;

/// <summary>One matching statement, with everything needed to show and cite it.</summary>
/// <param name="ByOrganisation">True when the speaker is an organisation or an unnamed official, not a person.</param>
public sealed record StatementHit(
    string Id,
    string Speaker,
    string? Role,
    StatementKind Kind,
    string Text,
    Snippet Snippet,
    string? Question,
    string Title,
    DateOnly? Date,
    string? Source,
    string? Url,
    string Path,
    float Score,
    bool ByOrganisation = false)
{
    /// <summary>The speaker with the role, or "organisation" for an organisation's words: "Tan Kefei, spokesperson …".</summary>
    public string Who => Role is { Length: > 0 } role ? $"{Speaker}, {role}" : ByOrganisation ? $"{Speaker} (organisation)" : Speaker;

    /// <summary>
    /// The ids of worse-ranked hits from the same exchange folded into this one (see
    /// <see cref="Querying.ExchangeFolding"/>), best first; empty when none was.
    /// </summary>
    public IReadOnlyList<string> Folded { get; init; } = [];
}
