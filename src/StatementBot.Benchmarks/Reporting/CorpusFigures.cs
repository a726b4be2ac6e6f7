using StatementBot.Benchmarks.Building;
using StatementBot.Benchmarks.Startup;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>Everything measured on one corpus: its build, start-up and serving memory, latencies, and the FTS5 baseline.</summary>
/// <param name="Name">The corpus folders, or the synthetic size and seed.</param>
/// <param name="Startup">Null when start-up was not measured (see <paramref name="StartupNote"/>).</param>
/// <param name="ServingWorkingSetMegabytes">For generated corpora: this benchmark's own resident memory with the index open and
/// warm, the statements released (the program's own process is what <paramref name="Startup"/> measures).</param>
public sealed record CorpusFigures(
    string Name,
    bool Synthetic,
    double GenerateSeconds,
    BuildFigures Build,
    StartupFigures? Startup,
    string? StartupNote,
    double ServingWorkingSetMegabytes,
    IReadOnlyList<CommandLatency> Latency,
    Fts5Figures? Fts5)
{
    public CommandLatency? Of(string command) => Latency.FirstOrDefault(l => l.Command == command);
}
