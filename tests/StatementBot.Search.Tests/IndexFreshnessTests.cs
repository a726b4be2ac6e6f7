using System.Diagnostics;
using System.Text.Json;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed class IndexFreshnessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public IndexFreshnessTests()
    {
        // A small corpus of fictional files: freshness only looks at names, sizes and times.
        Directory.CreateDirectory(Corpus);
        Directory.CreateDirectory(Other);
        File.WriteAllText(Path.Combine(Corpus, "a.txt"), "Spokesperson Ada Quill of the fictional Ministry of Examples: the lanterns are lit.");
        File.WriteAllText(Path.Combine(Corpus, "b.txt"), "Deputy Bo Fennick of the fictional Ministry of Examples: the office opens on Monday.");
        File.WriteAllText(Path.Combine(Other, "c.txt"), "Spokesperson Ada Quill: no further questions.");
        SetTime(Path.Combine(Corpus, "a.txt"), -3);
        SetTime(Path.Combine(Corpus, "b.txt"), -2);
    }

    private string Corpus => _folder.Combine("corpus");

    private string Other => _folder.Combine("other");

    private string IndexRoot => _folder.Combine("index");

    private void Build() => new IndexBuilder(IndexRoot).Build(LoadOf([WuContain], Registry), CorpusSnapshot.Take([Corpus]));

    private static void SetTime(string path, int hours) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(hours));

    private string StaleReason(params string[] roots) =>
        Assert.IsType<IndexStatus.Stale>(IndexFreshness.Check(IndexRoot, roots)).Reason;

    [Fact]
    public void Check_NoIndexYet_IsMissing()
    {
        var status = IndexFreshness.Check(IndexRoot, [Corpus]);

        Assert.Equal(new IndexStatus.Missing($"no index has been built in {IndexRoot}"), status);
    }

    [Fact]
    public void Check_SameFilesAndFolders_IsFresh_HoweverTheFoldersAreWritten()
    {
        Build();

        Assert.IsType<IndexStatus.Fresh>(IndexFreshness.Check(IndexRoot, [Corpus]));
        Assert.IsType<IndexStatus.Fresh>(IndexFreshness.Check(IndexRoot, [Corpus + Path.DirectorySeparatorChar, Corpus]));
        Assert.IsType<IndexStatus.Fresh>(IndexFreshness.Check(IndexRoot, [Path.Combine(Corpus, "..", "corpus")]));
    }

    [Fact]
    public void Check_FileTouchedAfterBuild_IsStale()
    {
        Build();
        var touched = Path.Combine(Corpus, "a.txt");
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal($"{touched} changed after the index was built", StaleReason(Corpus));
    }

    [Fact]
    public void Check_FileAddedOrRemoved_IsStale()
    {
        Build();
        File.WriteAllText(Path.Combine(Corpus, "d.txt"), "Spokesperson Ada Quill: one more thing.");
        SetTime(Path.Combine(Corpus, "d.txt"), -5);

        Assert.Equal("corpus files were added or removed (2 when built, 3 now)", StaleReason(Corpus));

        File.Delete(Path.Combine(Corpus, "d.txt"));
        File.Delete(Path.Combine(Corpus, "b.txt"));
        Assert.Equal("corpus files were added or removed (2 when built, 1 now)", StaleReason(Corpus));
    }

    [Fact]
    public void Check_FileRenamedKeepingSizeAndTime_IsStale()
    {
        Build();
        File.Move(Path.Combine(Corpus, "b.txt"), Path.Combine(Corpus, "e.txt"));

        Assert.Equal("corpus files were renamed, replaced or re-dated since the index was built", StaleReason(Corpus));
    }

    [Fact]
    public void Check_DifferentSetOfCorpusFolders_IsStale()
    {
        Build();

        Assert.StartsWith("it was built from a different set of corpus folders", StaleReason(Corpus, Other));
        Assert.Equal(
            $"it was built from a different set of corpus folders ({Corpus}; now {Other})",
            StaleReason(Other));
    }

    [Fact]
    public void Check_OlderSchemaVersion_IsStale()
    {
        Build();
        var generation = new IndexLayout(IndexRoot).CurrentGeneration()!;
        var manifest = IndexFiles.ReadManifest(generation)! with { SchemaVersion = 0 };
        File.WriteAllText(Path.Combine(generation, "manifest.json"), JsonSerializer.Serialize(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        Assert.Equal($"the index format changed (version 0, now {Schema.IndexSchema.Version})", StaleReason(Corpus));
    }

    [Fact]
    public void Check_BuiltWithOlderAttributionRules_IsStale()
    {
        // An upgrade that changes who is credited with what must not leave the old credits in a "fresh" index.
        Build();
        var generation = new IndexLayout(IndexRoot).CurrentGeneration()!;
        var manifest = IndexFiles.ReadManifest(generation)! with { ExtractionVersion = StatementBot.Corpus.Loading.FileKeys.ExtractionVersion - 1 };
        File.WriteAllText(Path.Combine(generation, "manifest.json"), JsonSerializer.Serialize(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        Assert.Equal(
            $"the rules that read statements out of files changed (version {StatementBot.Corpus.Loading.FileKeys.ExtractionVersion - 1}, now {StatementBot.Corpus.Loading.FileKeys.ExtractionVersion})",
            StaleReason(Corpus));
    }

    [Fact]
    public void Check_HiddenFiles_AreNotPartOfTheCorpus()
    {
        Build();
        File.WriteAllText(Path.Combine(Corpus, ".DS_Store"), "x");
        Directory.CreateDirectory(Path.Combine(Corpus, ".git"));
        File.WriteAllText(Path.Combine(Corpus, ".git", "HEAD"), "ref: refs/heads/main");

        Assert.IsType<IndexStatus.Fresh>(IndexFreshness.Check(IndexRoot, [Corpus]));
    }

    [SharedFact]
    public void Snapshot_OfTheWholeSharedCorpus_IsQuick()
    {
        var clock = Stopwatch.StartNew();
        var snapshot = CorpusSnapshot.Take([SharedData.Corpora]);
        clock.Stop();

        Assert.InRange(snapshot.FileCount, 4_000, 5_000);
        Assert.InRange(clock.ElapsedMilliseconds, 0, 2_000);
    }

    public void Dispose() => _folder.Dispose();
}
