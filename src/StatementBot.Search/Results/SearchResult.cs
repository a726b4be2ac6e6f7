namespace StatementBot.Search.Results;

/// <summary>Either a value or a <see cref="QueryError"/>; user mistakes travel as values, not exceptions.</summary>
public sealed record SearchResult<T>(T? Value, QueryError? Error) where T : class
{
    public bool IsError => Error is not null;

    public static implicit operator SearchResult<T>(T value) => new(value, null);

    public static implicit operator SearchResult<T>(QueryError error) => new(null, error);
}
