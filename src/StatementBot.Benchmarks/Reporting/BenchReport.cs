namespace StatementBot.Benchmarks.Reporting;

/// <summary>One benchmark run: where and when it ran, the query set, the loaded corpus, the synthetic sizes and the targets.</summary>
/// <param name="Http">The HTTP-interactions figure, or null with <paramref name="HttpNote"/> saying why it was not measured.</param>
public sealed record BenchReport(
    DateTimeOffset StartedAt,
    double Seconds,
    MachineInfo Machine,
    LoadAverage? LoadBefore,
    LoadAverage? LoadAfter,
    string QuerySet,
    int Queries,
    IReadOnlyDictionary<string, int> QueriesByCommand,
    IReadOnlyList<string> QueryProblems,
    int Runs,
    int Passes,
    int Callers,
    CorpusFigures? Corpus,
    IReadOnlyList<CorpusFigures> Growth,
    Latency.LatencyStats? Http,
    string? HttpNote,
    IReadOnlyList<TargetCheck> Targets)
{
    /// <summary>The update rows (one changed file, drop to searchable); null when not measured.</summary>
    public Updating.UpdateFigures? Updates { get; init; }
}
