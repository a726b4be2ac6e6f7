using System.Diagnostics;
using System.Runtime.CompilerServices;
using StatementBot.Benchmarks.Building;
using StatementBot.Benchmarks.Fts5;
using StatementBot.Benchmarks.KnownItems;
using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Queries;
using StatementBot.Benchmarks.Reporting;
using StatementBot.Benchmarks.Startup;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Trend;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Trends;

namespace StatementBot.Benchmarks;

/// <summary>
/// Measures one corpus end to end: builds StatementBot's index (timed, with peak memory) and the FTS5 database from
/// the same statements, releases the statements, opens the index as the bot does and times every query warm, then
/// (for a real corpus) starts the program itself for the start-up and serving-memory figures.
/// </summary>
internal sealed class CorpusBench(BenchOptions options, Action<string> status)
{
    private const int SlowestListed = 5;

    /// <summary>The report row of <see cref="TrendCounts"/>.</summary>
    public const string TrendCountsRow = "trend (counts only, no chart)";

    private readonly LatencyRunner _runner = new(options.Runs, options.Passes);

    /// <param name="load">Reads or generates the corpus; returns it with the snapshot to record and the seconds it took.</param>
    /// <param name="synthetic">Generated: no start-up run (the program cannot be pointed at it) and one caller only.</param>
    /// <param name="beforeRelease">Gets the statements once both engines are built, before they are released.</param>
    public CorpusFigures Measure(
        string name,
        string folder,
        Func<(CorpusLoad Load, CorpusSnapshot Snapshot, double Seconds)> load,
        QuerySet queries,
        bool synthetic,
        Action<CorpusLoad>? beforeRelease = null)
    {
        var indexRoot = Path.Combine(folder, "lucene");
        var databasePath = Path.Combine(folder, "fts5.db");
        Directory.CreateDirectory(folder);

        var knownItems = synthetic ? null : options.KnownItems;
        (HashSet<int> InCorpus, HashSet<int> Indexed) coverage = ([], []);
        IReadOnlyList<BenchQuery> claims = [];
        var (build, fts5, generateSeconds) = Build(name, indexRoot, databasePath, load, synthetic, corpus =>
        {
            claims = VerifyClaims.From(corpus.Documents.SelectMany(d => d.Statements).ToArray(), options.Seed);
            if (knownItems is not null)
            {
                coverage = KnownItemBench.Coverage(knownItems.Items, corpus);
            }

            beforeRelease?.Invoke(corpus);
        });
        Release();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var index = StatementIndex.Open(indexRoot);
        var router = CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index));
        var latency = new List<CommandLatency>();
        var quoteFound = Array.Empty<bool>();
        foreach (var command in QuerySet.TimedCommands.Where(c => queries.Of(c).Count > 0 || c == QuerySet.Verify && claims.Count > 0))
        {
            // /verify's quotes are drawn from the corpus itself (VerifyClaims); the file adds invented ones.
            var list = command == QuerySet.Verify ? [.. queries.Of(command), .. claims] : queries.Of(command);
            status($"{name}: timing /{command} over {list.Count} queries…");
            var found = new bool[list.Count];
            var errors = 0;
            for (var i = 0; i < list.Count; i++)
            {
                var reply = router.Handle(list[i].Request);
                errors += reply.IsError ? 1 : 0;
                found[i] = !reply.IsError && (reply.Hits.Any() || Counted(reply));
            }

            if (command == QuerySet.Quote)
            {
                quoteFound = found;
            }

            LatencyRunner.WarmUp(list, q => router.Handle(q.Request));
            var single = _runner.Measure(list, q => router.Handle(q.Request));
            var concurrent = synthetic ? LatencyStats.Empty : _runner.Measure(list, q => router.Handle(q.Request), options.Callers);
            var slowest = LatencyRunner.PerInput(list, q => router.Handle(q.Request))
                .Select((ms, i) => new SlowQuery(list[i].Line, list[i].Text, ms))
                .OrderByDescending(q => q.Milliseconds)
                .Take(SlowestListed)
                .ToArray();
            latency.Add(new CommandLatency(command, list.Count, errors, found.Count(f => f), single, concurrent, slowest));
            if (command == QuerySet.Trend)
            {
                latency.Add(TrendCounts(name, new TrendSearcher(index), list));
            }
        }

        latency.Add(Alerting.AlertMatchingBench.Measure(index, _runner, options.Seed));
        status($"{name}: timing the same /quote queries with FTS5…");
        var quote = latency.First(l => l.Command == QuerySet.Quote);
        var fts5Figures = MeasureFts5(fts5, queries.Of(QuerySet.Quote), quoteFound, build, quote, synthetic);
        KnownItemFigures? knownItemFigures = null;
        if (knownItems is not null)
        {
            status($"{name}: known-item retrieval over {coverage.InCorpus.Count} of {knownItems.Items.Count} items, StatementBot and FTS5…");
            using var searcher = fts5.OpenSearcher();
            knownItemFigures = KnownItemBench.Measure(
                knownItems,
                coverage.InCorpus,
                coverage.Indexed.Count,
                request => KnownItemBench.FirstHits(request, page => router.Handle(page).Hits.Select(h => (h.Path, h.Text)).ToArray()),
                request => KnownItemBench.FirstHits(request, page => searcher.Quote(page).Hits
                    .Select(h => searcher.Source(h.Row)).OfType<(string Path, string Text)>().ToArray()));
        }

        var heap = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - heapBefore);
        var serving = MemorySampler.CurrentBytes();

        StartupFigures? startup = null;
        string? startupNote = synthetic ? "not measured: a generated corpus exists only inside the benchmark" : null;
        if (!synthetic && options.Launcher is { } launcher && queries.Queries.Count > 0)
        {
            status($"{name}: starting the program {options.Starts} times with the index built…");
            var probe = new StartupProbe(launcher, options.CorpusRoots, indexRoot);
            var first = queries.Of(QuerySet.Quote).FirstOrDefault() ?? queries.Queries[0];
            (startup, startupNote) = probe.Measure(first.Text, queries.Queries.Select(q => q.Text).ToArray(), options.Starts);
        }
        else if (!synthetic)
        {
            startupNote = "not measured: no program to start";
        }

        Fts5Index.Delete(databasePath);
        return new CorpusFigures(
            name,
            synthetic,
            generateSeconds,
            build,
            startup,
            startupNote,
            startup?.ServingMegabytes ?? Megabytes.Of(serving),
            Megabytes.Of(heap),
            latency,
            fts5Figures,
            knownItemFigures);
    }

    /// <summary>Builds both engines; a method of its own so the statements are unreachable once it returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (BuildFigures Build, Fts5Index Fts5, double GenerateSeconds) Build(
        string name,
        string indexRoot,
        string databasePath,
        Func<(CorpusLoad Load, CorpusSnapshot Snapshot, double Seconds)> load,
        bool synthetic,
        Action<CorpusLoad>? beforeRelease)
    {
        using var memory = MemorySampler.Start();
        status($"{name}: {(synthetic ? "generating" : "reading")} the corpus…");
        var (corpus, snapshot, seconds) = load();
        status($"{name}: building StatementBot's index of {corpus.StatementCount:N0} statements…");
        var clock = Stopwatch.StartNew();
        var result = new IndexBuilder(indexRoot).Build(corpus, snapshot);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var build = new BuildFigures(
            synthetic ? 0 : seconds,
            indexSeconds,
            Megabytes.Of(corpus.SourceBytes),
            result.Manifest.Documents,
            result.Manifest.Statements,
            result.Manifest.Speakers,
            Megabytes.OnDisk(result.Generation),
            Megabytes.Of(memory.PeakBytes));

        status($"{name}: building the SQLite FTS5 baseline…");
        var fts5 = Fts5Index.Build(databasePath, corpus.Documents.SelectMany(d => d.Statements).Where(IsIndexable), corpus.Speakers);
        beforeRelease?.Invoke(corpus);
        return (build, fts5, synthetic ? seconds : 0);
    }

    /// <summary>
    /// The same /trend queries without the chart: the counts from doc values and nothing else, so the report shows
    /// what drawing and encoding the PNG add to the full command's time.
    /// </summary>
    private CommandLatency TrendCounts(string name, TrendSearcher trends, IReadOnlyList<BenchQuery> list)
    {
        status($"{name}: timing the /trend counts without the chart…");
        var counts = list.Select(q => TrendCommand.Read(q.Request).Query!).ToArray();
        var found = counts.Count(q => trends.Trend(q).Value is { Total: > 0 });
        var errors = counts.Count(q => trends.Trend(q).IsError);
        LatencyRunner.WarmUp(counts, q => trends.Trend(q));
        var single = _runner.Measure(counts, q => trends.Trend(q));
        var slowest = LatencyRunner.PerInput(counts, q => trends.Trend(q))
            .Select((ms, i) => new SlowQuery(list[i].Line, list[i].Text, ms))
            .OrderByDescending(q => q.Milliseconds)
            .Take(SlowestListed)
            .ToArray();
        return new CommandLatency(TrendCountsRow, list.Count, errors, found, single, LatencyStats.Empty, slowest);
    }

    /// <summary>A reply that counts rather than lists (/trend, /who) found something when it has rows or a chart.</summary>
    private static bool Counted(Commands.Replies.Reply reply) => reply.Files.Count > 0 || reply.Sections.Any(s => s.Facts.Count > 0);

    private Fts5Figures MeasureFts5(Fts5Index index, IReadOnlyList<BenchQuery> queries, bool[] statementBotFound, BuildFigures build, CommandLatency quote, bool synthetic)
    {
        int both = 0, onlyUs = 0, onlyThem = 0, neither = 0, errors = 0;
        string? firstError = null;
        using (var searcher = index.OpenSearcher())
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var answer = searcher.Quote(queries[i].Request);
                if (answer.Error is { } error)
                {
                    errors++;
                    firstError ??= $"line {queries[i].Line}: {error}";
                }

                var theirs = answer.Hits.Count > 0;
                var ours = i < statementBotFound.Length && statementBotFound[i];
                (both, onlyUs, onlyThem, neither) = (ours, theirs) switch
                {
                    (true, true) => (both + 1, onlyUs, onlyThem, neither),
                    (true, false) => (both, onlyUs + 1, onlyThem, neither),
                    (false, true) => (both, onlyUs, onlyThem + 1, neither),
                    _ => (both, onlyUs, onlyThem, neither + 1),
                };
            }

            LatencyRunner.WarmUp(queries, q => searcher.Quote(q.Request));
            var single = _runner.Measure(queries, q => searcher.Quote(q.Request));
            var concurrent = synthetic ? LatencyStats.Empty : MeasureConcurrent(index, queries);
            return new Fts5Figures(
                index.BuildSeconds,
                index.Megabytes,
                single,
                concurrent,
                new QuoteAgreement(queries.Count, both, onlyUs, onlyThem, neither, errors),
                Ratio(build.IndexSeconds, index.BuildSeconds),
                Ratio(quote.Single.P50, single.P50),
                Ratio(quote.Single.P99, single.P99),
                firstError);
        }
    }

    private LatencyStats MeasureConcurrent(Fts5Index index, IReadOnlyList<BenchQuery> queries)
    {
        using var searchers = new ThreadLocal<Fts5Searcher>(index.OpenSearcher, trackAllValues: true);
        try
        {
            return _runner.Measure(queries, q => searchers.Value!.Quote(q.Request), options.Callers);
        }
        finally
        {
            foreach (var searcher in searchers.Values)
            {
                searcher.Dispose();
            }
        }
    }

    private static double Ratio(double ours, double theirs) => theirs > 0 ? ours / theirs : 0;

    /// <summary>The statements IndexBuilder indexes (it leaves out those without text or speaker).</summary>
    private static bool IsIndexable(Statement statement) =>
        !string.IsNullOrWhiteSpace(statement.Text) && !string.IsNullOrWhiteSpace(statement.Speaker) && statement.Document is not null;

    /// <summary>Lets the statements go before serving is measured, as the program does once its index is built.</summary>
    private static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
