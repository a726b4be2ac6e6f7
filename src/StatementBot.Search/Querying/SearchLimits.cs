namespace StatementBot.Search.Querying;

/// <summary>
/// The bounds every search runs within, so no query — however broad, deep or odd — ties the bot up: a time
/// <see cref="Budget"/> per call (measured on <see cref="Clock"/>), a <see cref="MaxDepth"/> that paging cannot pass,
/// and a cap on how many different words one prefix* may stand for (<see cref="MaxPrefixTerms"/>).
/// Over any of them the user is told, in a sentence, how to narrow the search (<see cref="SearchBoundsErrors"/>).
/// </summary>
public sealed record SearchLimits
{
    /// <summary>
    /// Well inside Discord's 3-second window for the first answer and far above any search of the shared corpora
    /// (their p99 is tens of milliseconds): only a search that would otherwise run on and on meets it.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    /// <summary>200 pages of 5: more than anyone reads in a channel, and a priority queue that stays cheap to fill.</summary>
    public const int DefaultMaxDepth = 1_000;

    /// <summary>Over twice the most any two letters start in the shared corpora (co*: 1,849 of 49,104 words).</summary>
    public const int DefaultMaxPrefixTerms = 4_096;

    public static SearchLimits Default { get; } = new();

    public TimeSpan Budget { get; init; } = DefaultBudget;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Hits a search may rank: page × page size beyond it is refused with a message.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    public int MaxPrefixTerms { get; init; } = DefaultMaxPrefixTerms;

    /// <summary>The last page a search can show at <paramref name="pageSize"/> hits a page.</summary>
    public int LastPage(int pageSize) => Math.Max(1, MaxDepth / Math.Max(1, pageSize));
}
