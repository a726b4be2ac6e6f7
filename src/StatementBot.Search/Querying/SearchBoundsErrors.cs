using System.Globalization;
using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>What the user is told when a search meets one of the <see cref="SearchLimits"/>: what happened, and how to narrow it.</summary>
public static class SearchBoundsErrors
{
    private const string Narrow = "add a word, a speaker, dates or \"an exact phrase\"";

    public static QueryError TooBroad { get; } =
        new($"That search is too broad to answer in time. Narrow it: {Narrow}.");

    public static QueryError TooDeep(int page, int lastPage, int maxDepth) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Results stop at page {lastPage:N0} (the best {maxDepth:N0} matches), so there is no page {page:N0}. To see others, narrow the search: {Narrow}."));

    public static QueryError TooManyWords(string prefix, int limit) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{Echo.Of(prefix)}* stands for more than {limit:N0} different words, too many to search at once. Put more letters before the *."));
}
