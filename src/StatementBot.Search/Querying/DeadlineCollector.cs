using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StatementBot.Search.Querying;

/// <summary>
/// Passes every hit on to the collector it wraps and looks at the clock every <see cref="CheckEvery"/> hits and at
/// each index segment, so a search matching millions of statements stops soon after its budget (Lucene's
/// <c>TimeLimitingCollector</c>, on an injectable clock).
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, SearchDeadline deadline) : ICollector
{
    /// <summary>Reading the clock costs tens of nanoseconds; a few hundred hits cost microseconds.</summary>
    public const int CheckEvery = 256;

    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        if (++_sinceCheck >= CheckEvery)
        {
            _sinceCheck = 0;
            deadline.Check();
        }

        inner.Collect(doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        deadline.Check();
        inner.SetNextReader(context);
    }
}
