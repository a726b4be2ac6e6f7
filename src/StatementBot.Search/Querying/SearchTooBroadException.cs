namespace StatementBot.Search.Querying;

/// <summary>Thrown from inside a search when it outruns its budget; the searcher turns it into <see cref="SearchBoundsErrors.TooBroad"/>.</summary>
internal sealed class SearchTooBroadException : Exception
{
    public SearchTooBroadException()
        : base("The search ran past its time budget.")
    {
    }
}
