using System.Diagnostics;
using System.Globalization;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;
using StatementBot.Tests.Exits;
using Xunit.Abstractions;

namespace StatementBot.Tests.Crash;

/// <summary>
/// <c>statementbot index --rebuild</c> in a real child process, killed with SIGKILL at a random moment of its build,
/// twenty times in a row. After every kill the index on disk opens and answers, the next start (a <c>quote</c>) answers
/// too, rebuilding first when the corpus changed, and the index it leaves holds what a clean build holds.
/// The delays are drawn from a seeded source; the seed is printed, and STATEMENTBOT_CRASH_SEED replays a run.
/// </summary>
[Collection(CrashCollection.Name)]
[Trait("Category", CrashCollection.Category)]
public sealed class KillDuringRebuildTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private const int SigKill = 9;

    /// <summary>Every this many kills the corpus changes first, so the next start has a rebuild to complete.</summary>
    private const int ChangeEvery = 5;

    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly SmallCorpus _corpus = new();

    private string Index => _corpus.IndexFolder("index");

    public void Dispose() => _corpus.Dispose();

    [SharedFact]
    public async Task Rebuild_KilledTwentyTimesAtRandomMoments_AlwaysLeavesAnIndexThatAnswers_AndTheNextStartBuildsWhatACleanBuildDoes()
    {
        var total = Stopwatch.StartNew();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("STATEMENTBOT_CRASH_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed} (STATEMENTBOT_CRASH_SEED={seed} replays these delays)");

        var clean = CleanCounts();
        var buildTime = await RebuildAsync();
        output.WriteLine($"a clean rebuild takes {buildTime.TotalMilliseconds:N0} ms from its first line to its exit");
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        var changedBefore = 0;
        for (var (kill, attempt) = (1, 1); kill <= Kills; attempt++)
        {
            Assert.True(attempt <= 2 * Kills, $"only {kill - 1} of {attempt - 1} rebuilds were still running when killed (seed {seed})");
            var context = $"kill {kill}, seed {seed}";
            if (kill % ChangeEvery == 1 && changedBefore < kill)
            {
                _corpus.ToggleExtra();
                changedBefore = kill;
            }

            var before = new IndexLayout(Index).CurrentGeneration();
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * buildTime.TotalMilliseconds);
            if (await KillRebuildAfterAsync(delay) is { } finishedIn)
            {
                // Faster than the estimate: kills are drawn against this build's time from now on.
                output.WriteLine($"attempt {attempt}: the build finished in {finishedIn.TotalMilliseconds:N0} ms, before the kill at {delay.TotalMilliseconds:N0} ms");
                buildTime = finishedIn;
                continue;
            }

            var outcome = Outcome(before);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            output.WriteLine($"kill {kill}: {delay.TotalMilliseconds,5:N0} ms into the build: {outcome}");

            AssertIndexAnswers(context + ", as the kill left it");
            var quote = await RunAsync("quote", "mission", "impossible", "--corpus", _corpus.Folder, "--index", Index);
            Assert.True(quote.Code == 0, $"{context}: quote exited {quote.Code}. {quote.Stderr}");
            Assert.Contains("Wu Qian", quote.Stdout);
            Assert.DoesNotContain("   at ", quote.Stderr);

            using (var index = StatementIndex.Open(Index))
            {
                var expected = clean[_corpus.HasExtra];
                Assert.True(expected == Counts(index.Manifest), $"{context}: the index holds {Counts(index.Manifest)}, a clean build {expected}");
            }

            AssertNothingUnfinishedLeft(context);
            kill++;
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}")));
        output.WriteLine($"{Kills} kills in {total.Elapsed.TotalSeconds:N1} s");
    }

    /// <summary>What a clean build of the corpus holds, without the extra document (false) and with it (true).</summary>
    private Dictionary<bool, (int, int, int)> CleanCounts()
    {
        var counts = new Dictionary<bool, (int, int, int)>();
        for (var i = 0; i < 2; i++)
        {
            var folder = _corpus.IndexFolder("clean-" + i);
            using var gate = Indexing.IndexGate.OpenOrBuild(Indexing.IndexSettings.From([_corpus.Folder], folder), rebuild: true, TextWriter.Null);
            Assert.Null(gate.Error);
            counts[_corpus.HasExtra] = Counts(IndexFiles.ReadManifest(new IndexLayout(folder).CurrentGeneration()!)!);
            _corpus.ToggleExtra();
        }

        Assert.NotEqual(counts[false], counts[true]);
        return counts;
    }

    /// <summary>Builds the index the kills will interrupt, timing the build from its first line to the process's exit.</summary>
    private async Task<TimeSpan> RebuildAsync()
    {
        using var bot = BotProcess.Start(new Dictionary<string, string>(), RebuildArgs());
        var clock = await WaitForBuildStartAsync(bot);
        var code = await bot.WaitForExitAsync(RunLimit);
        Assert.True(code == 0, $"the first build exited {code}: {bot.Stderr}");
        return clock.Elapsed;
    }

    /// <returns>Null when the kill landed; the build's time when it finished first.</returns>
    private async Task<TimeSpan?> KillRebuildAfterAsync(TimeSpan delay)
    {
        using var bot = BotProcess.Start(new Dictionary<string, string>(), RebuildArgs());
        var clock = await WaitForBuildStartAsync(bot);
        if (await bot.WaitForExitAsync(delay) is not null)
        {
            return clock.Elapsed;
        }

        try
        {
            bot.Signal(SigKill);
        }
        catch (InvalidOperationException)
        {
            // It finished between the check and the kill: a build that ended first, not a failed kill.
            Assert.NotNull(await bot.WaitForExitAsync(RunLimit));
            return clock.Elapsed;
        }

        Assert.NotNull(await bot.WaitForExitAsync(RunLimit));
        return null;
    }

    private static async Task<Stopwatch> WaitForBuildStartAsync(BotProcess bot)
    {
        var waited = Stopwatch.StartNew();
        while (!bot.Stderr.Contains("Building the index", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < RunLimit, $"the rebuild never started: {bot.Stderr}");
            // Polls another process's output: nothing here a TimeProvider could drive.
            await Task.Delay(5);
        }

        return Stopwatch.StartNew();
    }

    private string Outcome(string? before)
    {
        var layout = new IndexLayout(Index);
        if (layout.CurrentGeneration() != before)
        {
            return "killed after publishing";
        }

        var unfinished = Directory.GetDirectories(Index, "gen-*").Any(g => !File.Exists(IndexLayout.ManifestFile(g)));
        return unfinished ? "killed while writing a generation" : "killed before writing";
    }

    private void AssertIndexAnswers(string context)
    {
        using var index = StatementIndex.Open(Index);
        var hits = new StatementSearcher(index).Quote(new QuoteQuery("\"mission impossible\""));
        Assert.True(hits.Value is { Total: > 0 }, $"{context}: the index did not answer ({hits.Error?.Message})");
    }

    /// <summary>
    /// Every start clears what a killed build wrote, so what is left is finished: the generation in use, the one before
    /// it, and at most one older that the kill kept from being deleted.
    /// </summary>
    private void AssertNothingUnfinishedLeft(string context)
    {
        var generations = Directory.GetDirectories(Index, "gen-*");
        Assert.All(generations, g => Assert.True(File.Exists(IndexLayout.ManifestFile(g)), $"{context}: {Path.GetFileName(g)} is unfinished"));
        Assert.True(generations.Length <= 3, $"{context}: {generations.Length} generations kept");
    }

    private string[] RebuildArgs() => ["index", "--rebuild", "--corpus", _corpus.Folder, "--index", Index];

    private static (int Statements, int Documents, int Speakers) Counts(IndexManifest manifest) =>
        (manifest.Statements, manifest.Documents, manifest.Speakers);

    private static async Task<(int? Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var bot = BotProcess.Start(new Dictionary<string, string>(), args);
        var code = await bot.WaitForExitAsync(RunLimit);
        return (code, bot.Stdout, bot.Stderr);
    }
}
