using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>What <see cref="QuerySyntax"/> says about each mistake: what is wrong, and an example of how to write it.</summary>
internal static class QuerySyntaxErrors
{
    /// <summary>Names where the open phrase starts, so a long query with several phrases says which one.</summary>
    public static QueryError UnclosedQuote(string rest, int quotes)
    {
        if (rest.Trim().Length == 1)
        {
            return new QueryError(
                $"The last quote mark is not closed (the query has {quotes}; each phrase needs two). Put the exact words between two quotes: \"gas prices\".");
        }

        var start = rest.Length <= 30 ? rest : rest[..(rest.LastIndexOf(' ', 30) is > 1 and var cut ? cut : 30)] + "…";
        return new QueryError($"A quote mark is not closed: {Echo.Of(start)}. Put the exact words between two quotes: \"gas prices\".");
    }

    public static QueryError UnopenedParenthesis { get; } =
        new("A \")\" has no matching \"(\". Example: (tariffs OR sanctions) AND china");

    public static QueryError UnclosedParenthesis { get; } =
        new("A \"(\" is not closed. Example: (tariffs OR sanctions) AND china");

    public static QueryError EmptyParentheses { get; } =
        new("The parentheses are empty. Put words inside: (tariffs OR sanctions)");

    public static QueryError Dangling(string op) => op switch
    {
        "OR" or "||" => new QueryError($"\"{op}\" needs a word on each side. Example: tariffs OR sanctions"),
        _ => new QueryError($"\"{op}\" needs a word on each side. Example: tariffs AND china"),
    };

    public static QueryError NotWithoutWord { get; } =
        new("\"NOT\" needs a word after it. Example: china NOT taiwan");

    public static QueryError MinusWithoutWord { get; } =
        new("\"-\" needs a word right after it, with no space. Example: china -taiwan");

    public static QueryError LeadingWildcard(string word) =>
        new($"A * can only end a word: write immigr*, not {Echo.Of(word)}.");

    public static QueryError InnerWildcard(string word) =>
        new($"A * can only end a word (\"{Echo.Of(word)}\"). Example: immigr*");

    public static QueryError ShortPrefix(string word) =>
        new($"Put at least {QuerySyntax.MinPrefixLength} letters before the * (\"{Echo.Of(word)}\"). Example: immigr*");
}
