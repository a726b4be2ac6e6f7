namespace StatementBot.Search.Results;

/// <summary>A failure the user caused (bad syntax, unknown or ambiguous speaker), with a message fit to show.</summary>
public sealed record QueryError(string Message, IReadOnlyList<string> Suggestions)
{
    public QueryError(string message) : this(message, []) { }
}
