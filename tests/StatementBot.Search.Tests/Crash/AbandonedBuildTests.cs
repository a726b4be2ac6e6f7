using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests.Crash;

/// <summary>What builds that died leave behind never reaches a reader and is cleared by the next build.</summary>
public sealed class AbandonedBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexRoot => _folder.Combine("index");

    private IndexLayout Layout => new(IndexRoot);

    private static CorpusSnapshot SeedCorpus => CorpusSnapshot.Take([SharedData.DefaultCorpus]);

    private string[] Generations() =>
        Directory.GetDirectories(IndexRoot, "gen-*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => _folder.Dispose();

    /// <summary>A generation as a killed build leaves it: a lock file nobody holds, some Lucene files, no manifest.</summary>
    private string KilledBuild(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(IndexRoot, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "building.lock"), "");
        Directory.CreateDirectory(IndexLayout.LuceneFolder(folder));
        File.WriteAllBytes(Path.Combine(IndexLayout.LuceneFolder(folder), "_0.fdt"), new byte[4096]);
        return folder;
    }

    [Fact]
    public void Build_AfterKilledBuilds_DeletesWhatTheyLeftAndKeepsTheIndexInUse()
    {
        var first = new IndexBuilder(IndexRoot).Build(LoadOf([WuContain], Registry), SeedCorpus);
        KilledBuild("gen-20200101T000000000-dead0001");
        KilledBuild("gen-20200101T000000000-dead0002");
        var pointer = Path.Combine(IndexRoot, "CURRENT.dead0003.tmp");
        File.WriteAllText(pointer, "gen-20200101T000000000-dead0001");
        File.SetLastWriteTimeUtc(pointer, DateTime.UtcNow.AddHours(-1));
        // An old generation a kill interrupted while it was being deleted.
        var trash = Directory.CreateDirectory(Path.Combine(IndexRoot, "trash-0123456789ab", "lucene")).Parent!.FullName;

        var second = new IndexBuilder(IndexRoot).Build(Load(), SeedCorpus);

        Assert.Equal([Path.GetFileName(first.Generation), Path.GetFileName(second.Generation)], Generations());
        Assert.False(File.Exists(pointer));
        Assert.False(Directory.Exists(trash));
        Assert.Equal(second.Generation, Layout.CurrentGeneration());
    }

    [Fact]
    public void Build_WhileAnotherBuildHoldsItsGeneration_LeavesThatGenerationAlone()
    {
        new IndexBuilder(IndexRoot).Build(LoadOf([WuContain], Registry), SeedCorpus);
        var (writing, held) = Layout.CreateGeneration();
        using (held)
        {
            new IndexBuilder(IndexRoot).Build(Load(), SeedCorpus);
            new IndexBuilder(IndexRoot).Build(Load(), SeedCorpus);

            Assert.True(Directory.Exists(writing));
            Assert.True(GenerationLock.IsHeld(writing));
        }

        Assert.False(GenerationLock.IsHeld(writing));
    }

    [Fact]
    public void KilledBuild_WithoutAnyIndexYet_LeavesNothingAReaderWouldOpen()
    {
        KilledBuild("gen-20200101T000000000-dead0001");

        Assert.IsType<IndexStatus.Missing>(IndexFreshness.Check(IndexRoot, [SharedData.DefaultCorpus]));
        Assert.Throws<DirectoryNotFoundException>(() => StatementIndex.Open(IndexRoot));
    }

    [Fact]
    public void Publish_ReplacesThePointerInOneStep_LeavingNoTemporaryFile()
    {
        var first = new IndexBuilder(IndexRoot).Build(LoadOf([WuContain], Registry), SeedCorpus);
        var second = new IndexBuilder(IndexRoot).Build(Load(), SeedCorpus);

        Layout.Publish(first.Generation);

        Assert.Equal(first.Generation, Layout.CurrentGeneration());
        Assert.Equal(["CURRENT"], Directory.GetFiles(IndexRoot).Select(Path.GetFileName));
        Assert.True(Directory.Exists(second.Generation));
    }
}
