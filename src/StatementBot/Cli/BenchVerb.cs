using System.CommandLine;
using StatementBot.Benchmarking;
using StatementBot.Benchmarks;
using StatementBot.Benchmarks.Highlighting;
using StatementBot.Benchmarks.KnownItems;
using StatementBot.Benchmarks.Queries;
using StatementBot.Benchmarks.Reporting;
using StatementBot.Benchmarks.Startup;
using StatementBot.Benchmarks.Synthetic;
using StatementBot.Chat;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Indexing;
using StatementBot.Search.Freshness;
using StatementBot.Rendering;

namespace StatementBot.Cli;

/// <summary>
/// <c>bench [--corpus DIR]... [--queries FILE] [--known-items FILE] [--synthetic 10k,100k,1M] [--json]</c>: builds the
/// corpus's index and an SQLite FTS5 baseline from the same statements, times start-up, serving memory and every query
/// of the query set, scores both engines on the known-item set, then the synthetic sizes, and prints the figures
/// against the targets. Works in a temporary folder; the index the other verbs use is not touched.
/// <c>bench --corpus DIR --write-known-items [--seed N] [--count N]</c> makes the known-item set from the corpus files instead.
/// </summary>
public static class BenchVerb
{
    public const string DefaultQueries = "bench/queries.txt";

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var queries = new Option<string>("--queries") { Description = $"The query set, one slash command a line (default {DefaultQueries})", HelpName = "FILE" };
        var synthetic = new Option<string>("--synthetic") { Description = "Also measure generated corpora of these sizes, e.g. 10k,100k,1M", HelpName = "SIZES" };
        var knownItems = new Option<string>("--known-items") { Description = $"The known-item set, path, fragment and query a line (default {KnownItemSet.DefaultPath}; skipped when the default is missing)", HelpName = "FILE" };
        var writeKnownItems = new Option<bool>("--write-known-items") { Description = "Make the known-item set from the corpus files (one --corpus folder) into --known-items's file, and stop" };
        var seed = new Option<int>("--seed") { Description = $"With --write-known-items: the sampling seed (default {KnownItemGenerator.DefaultSeed})", DefaultValueFactory = _ => KnownItemGenerator.DefaultSeed };
        var count = new Option<int>("--count") { Description = $"With --write-known-items: how many items (default {KnownItemGenerator.DefaultCount})", DefaultValueFactory = _ => KnownItemGenerator.DefaultCount };
        var highlighters = new Option<bool>("--highlighters") { Description = "Compare our snippets with Lucene's PostingsHighlighter on the query set's /quote words (own index with offsets), and stop" };
        var runs = new Option<int>("--runs") { Description = "Measure each latency this many times and report the median run (default 3)", DefaultValueFactory = _ => 3 };
        var verb = new Command("bench", "Measure index build, start-up, memory and query latency, with SQLite FTS5 as a baseline")
        {
            queries, knownItems, writeKnownItems, seed, count, highlighters, synthetic, runs,
        };
        verb.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(global.Json);
            var settings = global.Settings(parse);
            if (settings.Problem() is { } problem)
            {
                return terminal.Fail(problem, json);
            }

            var knownPath = Path.GetFullPath(parse.GetValue(knownItems) ?? KnownItemSet.DefaultPath);
            if (parse.GetValue(writeKnownItems))
            {
                return WriteKnownItems(terminal, json, settings, knownPath, parse.GetValue(seed), parse.GetValue(count));
            }

            KnownItemSet? knownSet = null;
            if (File.Exists(knownPath))
            {
                knownSet = KnownItemSet.Read(knownPath);
                knownSet = knownSet with { Source = Path.GetRelativePath(Environment.CurrentDirectory, knownPath) };
            }
            else if (parse.GetValue(knownItems) is not null)
            {
                return terminal.Fail($"Known-item set not found: {knownPath}. Make one with --write-known-items, or leave --known-items out.", json);
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

            if (parse.GetValue(highlighters))
            {
                return CompareHighlighters(terminal, json, settings, set);
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
                return await RunAsync(terminal, json, settings, set, path, knownSet, sizes, parse.GetValue(runs), http, cancellationToken);
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
        Terminal terminal, bool json, IndexSettings settings, QuerySet set, string path, KnownItemSet? knownItems, IReadOnlyList<int> sizes, int runs,
        LoopbackHttpTarget http, CancellationToken cancellationToken)
    {
        var options = new BenchOptions(
            settings.CorpusRoots,
            set with { Source = Path.GetRelativePath(Environment.CurrentDirectory, path) },
            sizes,
            ProcessLauncher.For(typeof(BenchVerb).Assembly),
            Path.Combine(Path.GetTempPath(), "statementbot-bench"),
            Runs: Math.Clamp(runs, 1, 20),
            Http: http,
            KnownItems: knownItems,
            Watch: BenchWatcher.StartAsync);
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

    private static int WriteKnownItems(Terminal terminal, bool json, IndexSettings settings, string path, int seed, int count)
    {
        if (settings.CorpusRoots.Count != 1 || !Directory.Exists(settings.CorpusRoots[0]))
        {
            return terminal.Fail("--write-known-items needs exactly one --corpus folder (the paths in the set are relative to it).", json);
        }

        var root = settings.CorpusRoots[0];
        terminal.Status.WriteLine($"Reading {root} and sampling {count} known items (seed {seed})…");
        var items = new KnownItemGenerator(seed).Generate(root, Math.Clamp(count, 1, 10_000));
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, path);
        KnownItemSet.Write(
            path,
            [
                "Known-item queries: a paragraph's rarest words, and the paragraph (its file, and words of it) they should find first.",
                $"Made from the corpus files by: statementbot bench --corpus {Path.GetRelativePath(Environment.CurrentDirectory, root)} --write-known-items --known-items {shown} --seed {seed} --count {count}",
            ],
            items);
        var parts = items.GroupBy(i => i.Path.Split('/')[0]).Select(g => $"{g.Count()} {g.Key}");
        terminal.Output.WriteLine($"Wrote {items.Count} known items to {shown} ({string.Join(", ", parts)}).");
        return 0;
    }

    private static int CompareHighlighters(Terminal terminal, bool json, IndexSettings settings, QuerySet set)
    {
        terminal.Status.WriteLine("Reading the corpus for the highlighter comparison…");
        var load = new CorpusLoader().Load(settings.CorpusRoots);
        var statements = load.Documents.SelectMany(d => d.Statements).Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToArray();
        var folder = Path.Combine(Path.GetTempPath(), "statementbot-highlighters-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            terminal.Status.WriteLine($"Indexing {statements.Length:N0} statements twice (without and with offsets) and cutting snippets both ways…");
            var figures = HighlighterComparison.Run(statements, set.Of(QuerySet.Quote), folder);
            if (json)
            {
                terminal.Output.WriteLine(JsonRenderer.Serialize(figures));
            }
            else
            {
                HighlighterText.Write(terminal.Output, figures);
            }

            return 0;
        }
        catch (TypeInitializationException e) when (e.TypeName?.StartsWith("ICU4N", StringComparison.Ordinal) == true)
        {
            // The program runs with invariant globalization; Lucene's PostingsHighlighter needs ICU's culture data.
            return terminal.Fail(
                "PostingsHighlighter needs ICU culture data, which this build leaves out (invariant globalization). Build with it for the comparison: " +
                "dotnet run -c Release -p:InvariantGlobalization=false --project src/StatementBot -- bench --highlighters --corpus DIR",
                json);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
