using System.Text.Json;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests.Crash;

/// <summary>An index whose files were truncated, deleted or overwritten after its build is found damaged at start.</summary>
public sealed class IndexDamageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public IndexDamageTests()
    {
        new IndexBuilder(IndexRoot).Build(Load(), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
    }

    private string IndexRoot => _folder.Combine("index");

    private string Generation => new IndexLayout(IndexRoot).CurrentGeneration()!;

    private string LuceneFolder => IndexLayout.LuceneFolder(Generation);

    private IndexStatus Check() => IndexFreshness.Check(IndexRoot, [SharedData.DefaultCorpus]);

    private string DamageReason() => Assert.IsType<IndexStatus.Damaged>(Check()).Reason;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_AsBuilt_IsFreshAndListsEveryLuceneFile()
    {
        var manifest = Assert.IsType<IndexStatus.Fresh>(Check()).Manifest;

        Assert.Equal(Directory.GetFiles(LuceneFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal), manifest.LuceneFiles.Select(f => f.Name));
        Assert.Contains(manifest.LuceneFiles, f => f.Name.StartsWith("segments_", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AnyLuceneFileOneByteShorter_IsDamagedNamingIt()
    {
        foreach (var path in Directory.GetFiles(LuceneFolder))
        {
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..^1]);

            Assert.Equal(
                $"the index in {Path.GetFullPath(IndexRoot)} is damaged: {Path.GetFileName(path)} is {bytes.Length - 1:N0} bytes, {bytes.Length:N0} when written",
                DamageReason());
            File.WriteAllBytes(path, bytes);
        }

        Assert.IsType<IndexStatus.Fresh>(Check());
    }

    [Fact]
    public void Check_AnyLuceneFileDeleted_IsDamagedNamingIt()
    {
        foreach (var path in Directory.GetFiles(LuceneFolder))
        {
            var bytes = File.ReadAllBytes(path);
            File.Delete(path);

            Assert.EndsWith($"is damaged: {Path.GetFileName(path)} is missing", DamageReason(), StringComparison.Ordinal);
            File.WriteAllBytes(path, bytes);
        }
    }

    [Fact]
    public void Check_GarbageSegmentsFileOfTheSameLength_IsDamaged()
    {
        var segments = Directory.GetFiles(LuceneFolder, "segments_*").Single();
        var garbage = new byte[new FileInfo(segments).Length];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(segments, garbage);

        Assert.EndsWith($"{Path.GetFileName(segments)} does not end as written (its checksum changed)", DamageReason(), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SegmentsFileDamagedInItsHeaderOnly_Throws_AsAnInputOutputError()
    {
        // Length and footer as written: the start checks pass; Lucene's own header check is what catches it, and
        // the host rebuilds on that error (StatementBot.Tests: DamagedIndexTests).
        var segments = Directory.GetFiles(LuceneFolder, "segments_*").Single();
        var bytes = File.ReadAllBytes(segments);
        bytes[6] ^= 0xFF;
        File.WriteAllBytes(segments, bytes);

        Assert.IsType<IndexStatus.Fresh>(Check());
        Assert.ThrowsAny<IOException>(() => StatementIndex.Open(IndexRoot).Dispose());
    }

    [Fact]
    public void Check_SpeakerOrPhraseListDeleted_IsDamaged()
    {
        var phrases = File.ReadAllBytes(IndexLayout.PhrasesFile(Generation));
        File.Delete(IndexLayout.PhrasesFile(Generation));
        Assert.EndsWith("is damaged: it has no phrase list", DamageReason(), StringComparison.Ordinal);

        File.WriteAllBytes(IndexLayout.PhrasesFile(Generation), phrases);
        File.Delete(IndexLayout.SpeakersFile(Generation));
        Assert.EndsWith("is damaged: it has no speaker list", DamageReason(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManifestFromBeforeFilesWereListed_IsStaleSoItIsRebuiltOnce()
    {
        var manifest = IndexFiles.ReadManifest(Generation)! with { LuceneFiles = [] };
        File.WriteAllText(IndexLayout.ManifestFile(Generation), JsonSerializer.Serialize(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        Assert.Equal("it was built before the index listed its files", Assert.IsType<IndexStatus.Stale>(Check()).Reason);
    }

    [Fact]
    public void Check_PointerFileGarbage_IsMissing()
    {
        File.WriteAllBytes(Path.Combine(IndexRoot, "CURRENT"), [0x00, 0x2F, 0x2E, 0x2E, 0xFF]);

        Assert.IsType<IndexStatus.Missing>(Check());
    }
}
