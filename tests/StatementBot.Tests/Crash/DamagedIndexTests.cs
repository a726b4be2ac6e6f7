using StatementBot.Search.Storage;
using StatementBot.Tests.Cli;

namespace StatementBot.Tests.Crash;

/// <summary>
/// A user's next command after the index was damaged on disk: one line says the index is damaged and is rebuilt
/// from the corpus, then the answer comes as usual. Never a stack trace, never a dead end.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly SeedCorpusFixture _seed = new();

    public DamagedIndexTests()
    {
        var built = CliRun.Of(_seed.Args("index"));
        Assert.True(built.ExitCode == 0, built.Status);
    }

    public void Dispose() => _seed.Dispose();

    private string Generation => new IndexLayout(_seed.IndexDirectory).CurrentGeneration()!;

    private string LuceneFile(string pattern) => Directory.GetFiles(IndexLayout.LuceneFolder(Generation), pattern).Single();

    public static TheoryData<string, string> Damages => new()
    {
        { "truncated", "_*.fdt" },
        { "deleted", "_*.tim" },
        { "garbage", "segments_*" },
        { "header", "segments_*" },
        { "deleted", "_*.si" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Quote_IndexFileDamaged_SaysSoInOneLineRebuildsAndAnswers(string damage, string pattern)
    {
        var path = LuceneFile(pattern);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "deleted":
                File.Delete(path);
                break;
            case "garbage":
                new Random(11).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "header":
                // Length and checksum footer as written: only opening the index finds this one.
                bytes[6] ^= 0xFF;
                File.WriteAllBytes(path, bytes);
                break;
        }

        var run = CliRun.Of(_seed.Args("quote", "mission", "impossible"));

        Assert.True(run.ExitCode == 0, run.Status + run.Output);
        var building = Assert.Single(run.Status.Split('\n'), l => l.StartsWith("Building the index", StringComparison.Ordinal));
        Assert.Contains("is damaged", building);
        Assert.Contains("Wu Qian", run.Output);
        Assert.DoesNotContain("   at ", run.Status);
        Assert.StartsWith("The index is up to date", CliRun.Of(_seed.Args("index")).Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_SpeakerListAndManifestGone_RebuildsAndAnswers()
    {
        File.Delete(IndexLayout.SpeakersFile(Generation));

        var first = CliRun.Of(_seed.Args("quote", "mission", "impossible"));
        File.WriteAllText(IndexLayout.ManifestFile(Generation), "{ not json");
        var second = CliRun.Of(_seed.Args("quote", "mission", "impossible"));

        Assert.Contains("is damaged: it has no speaker list", first.Status);
        Assert.Contains("has no readable manifest", second.Status);
        Assert.All([first, second], run => Assert.Contains("Wu Qian", run.Output));
    }
}
