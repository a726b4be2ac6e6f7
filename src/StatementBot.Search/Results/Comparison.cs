using StatementBot.Search.Querying;

namespace StatementBot.Search.Results;

/// <summary>Two speakers side by side, on a topic (<see cref="About"/>) or overall when it is null.</summary>
public sealed record Comparison(string? About, CompareSide A, CompareSide B)
{
    /// <summary>The kind, sources and roles the search was narrowed to.</summary>
    public AppliedFilters Filters { get; init; } = AppliedFilters.None;

    /// <summary>
    /// True when both sides' date spans are known and do not overlap: the two were never active in the corpus at the
    /// same time, so their counts cover different periods (and different news).
    /// </summary>
    public bool NeverActiveTogether =>
        A.First is { } aFirst && A.Last is { } aLast && B.First is { } bFirst && B.Last is { } bLast
        && (aLast < bFirst || bLast < aFirst);
}
