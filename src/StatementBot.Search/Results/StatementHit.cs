using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Results;

/// <summary>One matching statement, with everything needed to show and cite it.</summary>
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
    float Score)
{
    /// <summary>
    /// The ids of worse-ranked hits from the same exchange folded into this one (see
    /// <see cref="Querying.ExchangeFolding"/>), best first; empty when none was.
    /// </summary>
    public IReadOnlyList<string> Folded { get; init; } = [];
}
