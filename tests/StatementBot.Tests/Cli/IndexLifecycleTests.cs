using StatementBot.TestSupport;

namespace StatementBot.Tests.Cli;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "statementbot-life-" + Guid.NewGuid().ToString("N"));

    private string Corpus(string name, params string[] seeds)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        foreach (var seed in seeds)
        {
            File.Copy(Path.Combine(SharedData.DefaultCorpus, seed), Path.Combine(folder, seed));
        }

        return folder;
    }

    private string Index => Path.Combine(_root, "index");

    [Fact]
    public void Index_FirstRun_BuildsAndSummarises_ThenSaysUpToDate()
    {
        var corpus = Corpus("a", "000_dc5d1ebfafa3b868.txt", "003_66b6f5c84722ec5d.txt");

        var first = CliRun.Of("index", "--corpus", corpus, "--index", Index);
        var second = CliRun.Of("index", "--corpus", corpus, "--index", Index);

        Assert.True(first.ExitCode == 0, first.Status + first.Output);
        Assert.Contains("Building the index from", first.Status);
        Assert.Contains("Indexed 2 documents, ", first.Status);
        Assert.Contains("0 files skipped.", first.Status);
        Assert.StartsWith("The index is up to date: 2 documents", second.Status);
    }

    [Fact]
    public void Quote_IndexBuiltFromOtherFolders_IsRebuiltNotReused()
    {
        var wuOnly = Corpus("wu", "000_dc5d1ebfafa3b868.txt");
        var tanOnly = Corpus("tan", "003_66b6f5c84722ec5d.txt");
        CliRun.Of("index", "--corpus", wuOnly, "--index", Index);

        var run = CliRun.Of("quote", "unilateralism", "--corpus", tanOnly, "--index", Index);

        Assert.Contains("Building the index", run.Status);
        Assert.Contains("**Tan Kefei**", run.Output);
    }

    [Fact]
    public void Quote_CorpusFileAdded_UpdatesTheIndexWithItAndFindsIt()
    {
        var corpus = Corpus("grow", "000_dc5d1ebfafa3b868.txt");
        CliRun.Of("index", "--corpus", corpus, "--index", Index);
        File.Copy(Path.Combine(SharedData.DefaultCorpus, "003_66b6f5c84722ec5d.txt"), Path.Combine(corpus, "003_66b6f5c84722ec5d.txt"));

        var run = CliRun.Of("quote", "unilateralism", "--corpus", corpus, "--index", Index);

        Assert.DoesNotContain("Building the index", run.Status);
        Assert.Contains("Updated the index: 1 file added, 0 changed, 0 removed; 1 document indexed again", run.Status);
        Assert.Contains("1 statement matches", run.Output);
    }

    [Fact]
    public void Index_UnreadableFile_IsSkippedWithItsReason()
    {
        var corpus = Corpus("bad", "000_dc5d1ebfafa3b868.txt");
        File.WriteAllBytes(Path.Combine(corpus, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF]);

        var run = CliRun.Of("index", "--corpus", corpus, "--index", Index);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 files skipped.", run.Status);
        Assert.Contains("scan.txt: ", run.Status);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
