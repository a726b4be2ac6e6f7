using System.Text.Json;
using StatementBot.Benchmarks.Queries;
using StatementBot.Cli;
using StatementBot.TestSupport;

namespace StatementBot.Benchmarks.Tests.Cli;

/// <summary>
/// The benchmark's small-corpus run, as CI runs it: the Wikinews articles and the two seed pages, a query set naming
/// people in them, one synthetic size. It checks that every figure is there and positive and that FTS5 answered the
/// same queries; it asserts no timing, since CI machines differ.
/// </summary>
public sealed class BenchVerbTests : IDisposable
{
    private static readonly string[] QueryLines =
    [
        "/quote query:'\"mission impossible\"' speaker:\"Wu Qian\"",
        "/quote query:unilateralism speaker:\"Tan Kefei\"",
        "/quote query:election",
        "/quote query:coronavirus OR COVID",
        "/quote query:vaccin*",
        "/quote query:Brexit from:2019 to:2020",
        "/quote query:'\"prime minister\"'",
        "/speaker name:\"Boris Johnson\"",
        "/speaker name:\"Donald Trump\" about:election",
        "/compare a:\"Donald Trump\" b:\"Joe Biden\"",
        "/compare a:\"Wu Qian\" b:\"Tan Kefei\" about:China",
    ];

    private readonly string _queries = Path.Combine(Path.GetTempPath(), $"bench-queries-{Guid.NewGuid():N}.txt");

    public BenchVerbTests() => File.WriteAllLines(_queries, QueryLines);

    public void Dispose() => File.Delete(_queries);

    [SharedFact]
    public async Task Bench_SmallCorpusAsJson_ReportsEveryFigurePositiveAndFts5AnswersTheSameQueries()
    {
        var output = new StringWriter();
        var status = new StringWriter();
        var terminal = new Terminal(new StringReader(""), output, status, ansi: false, interactive: false);

        var exit = await StatementBotCli.RunAsync(
            ["bench", "--corpus", SharedData.SharedPath("corpora", "wikinews"), "--corpus", SharedData.DefaultCorpus,
             "--queries", _queries, "--known-items", Path.Combine(SharedData.RepoRoot, "bench", "known-items.tsv"),
             "--synthetic", "2000", "--runs", "1", "--json"],
            terminal);

        Assert.True(exit == 0, status.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var report = json.RootElement;
        Assert.Equal(11, report.GetProperty("queries").GetInt32());
        Assert.Empty(report.GetProperty("query_problems").EnumerateArray());

        var corpus = report.GetProperty("corpus");
        var build = corpus.GetProperty("build");
        foreach (var figure in new[] { "read_seconds", "index_seconds", "source_megabytes", "index_megabytes", "peak_working_set_megabytes", "megabytes_per_second", "statements_per_second" })
        {
            Assert.True(build.GetProperty(figure).GetDouble() > 0, figure);
        }

        var startup = corpus.GetProperty("startup");
        Assert.Equal(5, startup.GetProperty("seconds").GetArrayLength());
        Assert.All(startup.GetProperty("seconds").EnumerateArray(), s => Assert.True(s.GetDouble() > 0));
        Assert.Equal(QueryLines.Length + 1, startup.GetProperty("answered").GetInt32());
        Assert.True(startup.GetProperty("serving_megabytes").GetDouble() > 0);

        var commands = corpus.GetProperty("latency").EnumerateArray().ToDictionary(c => c.GetProperty("command").GetString()!);
        // Alert matching is timed per statement of the corpus (a sample of at most 500), against 10,000 watches.
        Assert.True(commands.Remove(StatementBot.Benchmarks.Alerting.AlertMatchingBench.Row, out var alerts));
        Assert.InRange(alerts.GetProperty("queries").GetInt32(), 1, 500);
        Assert.True(alerts.GetProperty("single").GetProperty("p50").GetDouble() > 0);
        // /verify's quotes are drawn from the corpus as the benchmark runs (VerifyClaims), none from this query file.
        Assert.Equal(["quote", "speaker", "compare", "verify"], commands.Keys);
        Assert.Equal([7, 2, 2, VerifyClaims.DefaultCount], commands.Values.Select(c => c.GetProperty("queries").GetInt32()));
        foreach (var (name, command) in commands)
        {
            Assert.Equal(0, command.GetProperty("user_errors").GetInt32());
            Assert.Equal(command.GetProperty("queries").GetInt32(), command.GetProperty("found").GetInt32());
            foreach (var kind in new[] { "single", "concurrent" })
            {
                var stats = command.GetProperty(kind);
                Assert.True(stats.GetProperty("p50").GetDouble() > 0, $"{name} {kind} p50");
                Assert.True(stats.GetProperty("p99").GetDouble() >= stats.GetProperty("p50").GetDouble(), $"{name} {kind} p99");
                Assert.True(stats.GetProperty("queries_per_second").GetDouble() > 0, $"{name} {kind} throughput");
            }
        }

        var fts5 = corpus.GetProperty("fts5");
        var agreement = fts5.GetProperty("agreement");
        Assert.Equal(0, agreement.GetProperty("fts5_errors").GetInt32());
        Assert.Equal(7, agreement.GetProperty("both_found").GetInt32());
        foreach (var figure in new[] { "build_seconds", "megabytes", "build_ratio", "p50_ratio", "p99_ratio" })
        {
            Assert.True(fts5.GetProperty(figure).GetDouble() > 0, figure);
        }

        Assert.True(fts5.GetProperty("single").GetProperty("p50").GetDouble() > 0);

        // Known items: the set's Wikinews items are in this small corpus; both engines are scored on them, side by side.
        var known = corpus.GetProperty("known_items");
        Assert.InRange(known.GetProperty("evaluated").GetInt32(), 20, known.GetProperty("items").GetInt32() - 1);
        Assert.Equal(known.GetProperty("evaluated").GetInt32(), known.GetProperty("ranks").GetArrayLength());
        foreach (var engine in new[] { "statement_bot", "fts5" })
        {
            var scores = known.GetProperty(engine);
            Assert.InRange(scores.GetProperty("mrr10").GetDouble(), 0.01, 1);
            Assert.InRange(scores.GetProperty("success_at1").GetDouble(), 0, scores.GetProperty("success_at10").GetDouble());
        }

        var growth = Assert.Single(report.GetProperty("growth").EnumerateArray());
        Assert.Equal(2_000, growth.GetProperty("build").GetProperty("statements").GetInt32());
        Assert.True(growth.GetProperty("build").GetProperty("index_megabytes").GetDouble() > 0);
        Assert.True(growth.GetProperty("serving_working_set_megabytes").GetDouble() > 0);
        // The index is read from mapped files, so the heap it holds may round to nothing on a small corpus: never negative.
        Assert.InRange(growth.GetProperty("serving_heap_megabytes").GetDouble(), 0, growth.GetProperty("serving_working_set_megabytes").GetDouble());
        Assert.True(growth.GetProperty("fts5").GetProperty("build_seconds").GetDouble() > 0);

        var targets = report.GetProperty("targets").EnumerateArray().ToArray();
        Assert.Equal(14, targets.Length);
        Assert.All(targets, t => Assert.NotEqual(JsonValueKind.Null, t.GetProperty("met").ValueKind));

        // The real HTTP interactions endpoint answered the /quote queries, signed and verified, on loopback.
        var http = report.GetProperty("http");
        Assert.True(http.GetProperty("p50").GetDouble() > 0);
        Assert.True(http.GetProperty("p99").GetDouble() >= http.GetProperty("p50").GetDouble());
        Assert.StartsWith("7 /quote queries", report.GetProperty("http_note").GetString());
    }

    [Fact]
    public async Task Bench_MissingQuerySet_FailsWithOneLineAndExitCode2()
    {
        var status = new StringWriter();
        var terminal = new Terminal(new StringReader(""), new StringWriter(), status, ansi: false, interactive: false);

        var exit = await StatementBotCli.RunAsync(["bench", "--corpus", SharedData.DefaultCorpus, "--queries", "/nonexistent/queries.txt"], terminal);

        Assert.Equal(2, exit);
        Assert.Equal("Error: Query set not found: /nonexistent/queries.txt. Run from the repository root, or pass --queries FILE." + Environment.NewLine, status.ToString());
    }
}
