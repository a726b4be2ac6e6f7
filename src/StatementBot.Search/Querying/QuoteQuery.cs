namespace StatementBot.Search.Querying;

/// <summary>What /quote asks: words in the query syntax, optional speaker and inclusive date range, order, page, and where the words must be.</summary>
/// <param name="Page">1-based.</param>
public sealed record QuoteQuery(
    string Text,
    string? Speaker = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SortOrder Sort = SortOrder.Relevance,
    int Page = 1,
    int PageSize = 5,
    TextScope In = TextScope.Said)
{
    /// <summary>Kind, source and role, when asked for.</summary>
    public StatementFilters Filters { get; init; } = StatementFilters.None;
}
