using Lucene.Net.Search;
using StatementBot.Search.Opening;

namespace StatementBot.Search.Querying;

/// <summary>A searcher borrowed for one call, searching within that call's <see cref="SearchDeadline"/>; disposing returns it.</summary>
internal sealed class BoundedLease : IDisposable
{
    private readonly SearcherLease _lease;

    public BoundedLease(SearcherLease lease, SearchLimits limits)
    {
        _lease = lease;
        Deadline = new SearchDeadline(limits);
        Searcher = new BoundedSearcher(lease.Searcher, Deadline);
    }

    public IndexGeneration Generation => _lease.Generation;

    public IndexSearcher Searcher { get; }

    public SearchDeadline Deadline { get; }

    public void Dispose() => _lease.Dispose();
}
