namespace StatementBot.Search.Querying;

/// <summary>When one search call must be done by, on the limits' clock; <see cref="Check"/> stops it once that has passed.</summary>
internal sealed class SearchDeadline(SearchLimits limits)
{
    private readonly long _start = limits.Clock.GetTimestamp();

    public bool IsPast => limits.Clock.GetElapsedTime(_start) > limits.Budget;

    /// <exception cref="SearchTooBroadException">The budget is spent.</exception>
    public void Check()
    {
        if (IsPast)
        {
            throw new SearchTooBroadException();
        }
    }
}
