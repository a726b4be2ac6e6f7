using StatementBot.Search.Querying;

namespace StatementBot.Search.Trends;

/// <summary>What /who asks: words in the query syntax, an inclusive date range, where the words must be, and a page.</summary>
/// <param name="Page">1-based.</param>
public sealed record WhoQuery(
    string Text,
    DateOnly? From = null,
    DateOnly? To = null,
    TextScope In = TextScope.Said,
    int Page = 1,
    int PageSize = 10)
{
    /// <summary>Kind, source and role, when asked for.</summary>
    public StatementFilters Filters { get; init; } = StatementFilters.None;
}
