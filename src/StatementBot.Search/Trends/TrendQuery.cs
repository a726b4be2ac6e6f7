using StatementBot.Search.Querying;

namespace StatementBot.Search.Trends;

/// <summary>What /trend asks: words in the query syntax, up to <see cref="TrendSearcher.MaxSpeakers"/> speakers (none: the
/// top speakers), an inclusive date range, and where the words must be.</summary>
public sealed record TrendQuery(
    string Text,
    IReadOnlyList<string>? Speakers = null,
    DateOnly? From = null,
    DateOnly? To = null,
    TextScope In = TextScope.Said)
{
    /// <summary>Kind, source and role, when asked for.</summary>
    public StatementFilters Filters { get; init; } = StatementFilters.None;
}
