using Lucene.Net.Search;

namespace StatementBot.Search.Opening;

/// <summary>
/// A searcher borrowed from the current generation for one request; disposing returns it (always, from a
/// <c>using</c>), so a refresh can close the old index once the last request on it is done.
/// </summary>
internal sealed class SearcherLease : IDisposable
{
    private IndexGeneration? _generation;

    public SearcherLease(IndexGeneration generation)
    {
        _generation = generation;
        Generation = generation;
        Searcher = generation.Manager.Acquire();
    }

    public IndexGeneration Generation { get; }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        var generation = Interlocked.Exchange(ref _generation, null);
        if (generation is null)
        {
            return;
        }

        try
        {
            generation.Manager.Release(Searcher);
        }
        finally
        {
            generation.Release();
        }
    }
}
