using StatementBot.Search.Querying;

namespace StatementBot.Search.Exporting;

/// <summary>
/// Which statements an export holds: those matching <see cref="Text"/> (every statement when null) by any of the
/// speakers (anyone when none), in the dates, where the words must be, narrowed by the filters, in this order.
/// </summary>
public sealed record ExportQuery(
    string? Text,
    IReadOnlyList<string> Speakers,
    DateOnly? From = null,
    DateOnly? To = null,
    TextScope In = TextScope.Said,
    SortOrder Sort = SortOrder.Relevance)
{
    public StatementFilters Filters { get; init; } = StatementFilters.None;
}
