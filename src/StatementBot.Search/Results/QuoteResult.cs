namespace StatementBot.Search.Results;

/// <summary>A page of /quote hits and the total number of matching statements.</summary>
public sealed record QuoteResult(string Query, int Total, int Page, int PageSize, IReadOnlyList<StatementHit> Hits)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
