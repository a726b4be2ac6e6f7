using System.CommandLine;
using StatementBot.Benchmarking;
using StatementBot.Benchmarks;
using StatementBot.Benchmarks.Queries;
using StatementBot.Benchmarks.Reporting;
using StatementBot.Benchmarks.Startup;
using StatementBot.Benchmarks.Synthetic;
using StatementBot.Chat;
using StatementBot.Commands.Routing;
using StatementBot.Indexing;
using StatementBot.Search.Freshness;
using StatementBot.Rendering;

namespace StatementBot.Cli;

/// <summary>
/// <c>bench [--corpus DIR]... [--queries FILE] [--synthetic 10k,100k,1M] [--json]</c>: builds the corpus's index and
/// an SQLite FTS5 baseline from the same statements, times start-up, serving memory and every query of the query set,
/// then the synthetic sizes, and prints the figures against the targets. Works in a temporary folder; the index the
/// other verbs use is not touched.
/// </summary>
public static class BenchVerb
{
    public const string DefaultQueries = "bench/queries.txt";

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var queries = new Option<string>("--queries") { Description = $"The query set, one slash command a line (default {DefaultQueries})", HelpName = "FILE" };
        var synthetic = new Option<string>("--synthetic") { Description = "Also measure generated corpora of these sizes, e.g. 10k,100k,1M", HelpName = "SIZES" };
        var runs = new Option<int>("--runs") { Description = "Measure each latency this many times and report the median run (default 3)", DefaultValueFactory = _ => 3 };
        var verb = new Command("bench", "Measure index build, start-up, memory and query latency, with SQLite FTS5 as a baseline")
        {
            queries, synthetic, runs,
        };
        verb.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(global.Json);
            var settings = global.Settings(parse);
            if (settings.Problem() is { } problem)
            {
                return terminal.Fail(problem, json);
            }

            var (sizes, sizeError) = SizeText.ParseList(parse.GetValue(synthetic));
            if (sizeError is not null)
            {
                return terminal.Fail(sizeError, json);
            }

            var path = Path.GetFullPath(parse.GetValue(queries) ?? DefaultQueries);
            if (!File.Exists(path))
            {
                return terminal.Fail($"Query set not found: {path}. Run from the repository root, or pass --queries FILE.", json);
            }

            var parser = new SlashLineParser(CommandSet.Catalog);
            var set = QuerySet.Read(path, line =>
            {
                var parsed = parser.Parse(line);
                return (parsed.Request, parsed.Error);
            });
            if (set.Queries.Count == 0)
            {
                return terminal.Fail($"No query in {path} could be read: {string.Join("; ", set.Problems.Take(3))}", json);
            }

            // The HTTP figure goes through the real endpoint: over the index the other verbs use when it is up to date,
            // else over one built in the temporary folder (the user's index is never rebuilt by a benchmark).
            var temporaryIndex = IndexFreshness.Check(settings.IndexDirectory, settings.CorpusRoots) is IndexStatus.Fresh
                ? null
                : Path.Combine(Path.GetTempPath(), "statementbot-bench-http-" + Guid.NewGuid().ToString("N")[..8]);
            var index = IndexGate.OpenOrBuild(settings with { IndexDirectory = temporaryIndex ?? settings.IndexDirectory }, rebuild: false, terminal.Status);
            try
            {
                if (index.Error is { } indexError)
                {
                    return terminal.Fail(indexError, json);
                }

                await using var http = await LoopbackHttpTarget.StartAsync(index, cancellationToken);
                return await RunAsync(terminal, json, settings, set, path, sizes, parse.GetValue(runs), http, cancellationToken);
            }
            finally
            {
                index.Dispose();
                if (temporaryIndex is not null && Directory.Exists(temporaryIndex))
                {
                    Directory.Delete(temporaryIndex, recursive: true);
                }
            }
        });
        return verb;
    }

    private static async Task<int> RunAsync(
        Terminal terminal, bool json, IndexSettings settings, QuerySet set, string path, IReadOnlyList<int> sizes, int runs,
        LoopbackHttpTarget http, CancellationToken cancellationToken)
    {
        var options = new BenchOptions(
            settings.CorpusRoots,
            set with { Source = Path.GetRelativePath(Environment.CurrentDirectory, path) },
            sizes,
            ProcessLauncher.For(typeof(BenchVerb).Assembly),
            Path.Combine(Path.GetTempPath(), "statementbot-bench"),
            Runs: Math.Clamp(runs, 1, 20),
            Http: http);
        var outcome = await new BenchRunner(options, line => terminal.Status.WriteLine(line)).RunAsync(cancellationToken);
        if (outcome.Report is not { } report)
        {
            return terminal.Fail(outcome.Error!, json);
        }

        if (json)
        {
            terminal.Output.WriteLine(JsonRenderer.Serialize(report));
        }
        else
        {
            ReportText.Write(terminal.Output, report);
        }

        return 0;
    }
}
