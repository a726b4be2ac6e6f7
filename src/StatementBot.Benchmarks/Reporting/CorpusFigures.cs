using StatementBot.Benchmarks.Building;
using StatementBot.Benchmarks.KnownItems;
using StatementBot.Benchmarks.Startup;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>Everything measured on one corpus: its build, start-up and serving memory, latencies, and the FTS5 baseline.</summary>
/// <param name="Name">The corpus folders, or the synthetic size and seed.</param>
/// <param name="Startup">Null when start-up was not measured (see <paramref name="StartupNote"/>).</param>
/// <param name="ServingWorkingSetMegabytes">The program's resident memory while serving (from <paramref name="Startup"/>); for
/// generated corpora, this benchmark's own, with the index open and warm and the statements released.</param>
/// <param name="ServingHeapMegabytes">Managed memory the open, warm index and router hold (the heap after the queries minus the
/// heap before the index was opened, both after a full collection); the index files themselves are memory-mapped and
/// count in the resident figure as they are read.</param>
/// <param name="KnownItems">Known-item retrieval, both engines; null for generated corpora or without a known-item set.</param>
public sealed record CorpusFigures(
    string Name,
    bool Synthetic,
    double GenerateSeconds,
    BuildFigures Build,
    StartupFigures? Startup,
    string? StartupNote,
    double ServingWorkingSetMegabytes,
    double ServingHeapMegabytes,
    IReadOnlyList<CommandLatency> Latency,
    Fts5Figures? Fts5,
    KnownItemFigures? KnownItems = null)
{
    public CommandLatency? Of(string command) => Latency.FirstOrDefault(l => l.Command == command);
}
