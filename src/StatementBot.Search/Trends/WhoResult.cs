using StatementBot.Search.Querying;

namespace StatementBot.Search.Trends;

/// <summary>Who said it most: one page of speakers ranked by matching statements.</summary>
/// <param name="Total">Every matching statement.</param>
/// <param name="People">How many people have a matching statement.</param>
/// <param name="Organisations">How many organisations (or unnamed officials) have one.</param>
public sealed record WhoResult(string Query, TextScope In, int Total, int People, int Organisations, int Page, int PageSize, IReadOnlyList<WhoRow> Rows)
{
    public int Speakers => People + Organisations;

    public int Pages => Speakers == 0 ? 0 : (Speakers + PageSize - 1) / PageSize;

    public IReadOnlyList<string> AlsoMatching { get; init; } = [];

    /// <summary>The kind, sources and roles the search was narrowed to.</summary>
    public AppliedFilters Filters { get; init; } = AppliedFilters.None;

    public IReadOnlyList<string> DidYouMean { get; init; } = [];
}
