using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Querying;

/// <summary>
/// The index's searcher for one call, with every search it runs — ranked pages, the statement sets of /compare, the
/// one-hit probes — collected through a <see cref="DeadlineCollector"/>: all of Lucene's search methods end in the
/// one overridden here.
/// </summary>
internal sealed class BoundedSearcher : IndexSearcher
{
    private readonly SearchDeadline _deadline;

    public BoundedSearcher(IndexSearcher shared, SearchDeadline deadline)
        : base(shared.IndexReader)
    {
        _deadline = deadline;
        Similarity = shared.Similarity;
    }

    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        _deadline.Check();
        base.Search(leaves, weight, new DeadlineCollector(collector, _deadline));
    }
}
