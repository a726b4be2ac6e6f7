using StatementBot.Benchmarks.Http;
using StatementBot.Benchmarks.KnownItems;
using StatementBot.Benchmarks.Queries;
using StatementBot.Benchmarks.Startup;
using StatementBot.Benchmarks.Synthetic;

namespace StatementBot.Benchmarks;

/// <summary>What one benchmark run measures and how hard.</summary>
/// <param name="CorpusRoots">The corpus folders (or files) to load, build and query.</param>
/// <param name="SyntheticSizes">Statement counts of generated corpora to measure after it (the growth curve).</param>
/// <param name="Launcher">How to start the program for the start-up figure; null skips it.</param>
/// <param name="WorkFolder">Where indexes and databases are built; emptied at the end.</param>
/// <param name="Runs">Each latency is measured this many times; the median run is reported.</param>
/// <param name="Passes">Times each run walks the query set (per caller).</param>
/// <param name="Callers">Concurrent callers for the concurrent figures.</param>
/// <param name="Starts">Program starts for the start-up figure (median reported).</param>
/// <param name="KnownItems">Known-item queries to score both engines on (the loaded corpus only); null skips it.</param>
/// <param name="Http">The HTTP-interactions endpoint to time, once the Discord project provides one.</param>
/// <param name="Watch">Starts the bot's corpus watcher, for the drop-to-searchable row; null leaves that row out.</param>
public sealed record BenchOptions(
    IReadOnlyList<string> CorpusRoots,
    QuerySet Queries,
    IReadOnlyList<int> SyntheticSizes,
    ProcessLauncher? Launcher,
    string WorkFolder,
    int Runs = 3,
    int Passes = 3,
    int Callers = 8,
    int Starts = 5,
    int Seed = SyntheticCorpus.DefaultSeed,
    IHttpInteractionsTarget? Http = null,
    KnownItemSet? KnownItems = null,
    Func<IReadOnlyList<string>, string, Search.Opening.StatementIndex, Task<IAsyncDisposable>>? Watch = null);
