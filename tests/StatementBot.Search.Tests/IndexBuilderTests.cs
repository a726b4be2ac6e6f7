using System.Text.Json;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed class IndexBuilderTests
{
    private static CorpusSnapshot SeedCorpus => CorpusSnapshot.Take([SharedData.DefaultCorpus]);

    private static int Total(StatementIndex index, string query) => new StatementSearcher(index).Quote(new QuoteQuery(query)).Value!.Total;

    private static string[] Generations(string root) =>
        Directory.GetDirectories(root, "gen-*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Build_SavesManifestAndSpeakersBesideTheIndex()
    {
        using var folder = new TempFolder();

        var result = new IndexBuilder(folder.Path).Build(Load(), SeedCorpus);

        var manifest = IndexFiles.ReadManifest(result.Generation)!;
        Assert.Equal(result.Manifest, manifest with { CorpusRoots = result.Manifest.CorpusRoots, Duplicates = result.Manifest.Duplicates, LuceneFiles = result.Manifest.LuceneFiles });
        Assert.Equal(result.Manifest.LuceneFiles, manifest.LuceneFiles);
        Assert.Empty(manifest.Duplicates);
        Assert.Equal([Path.GetFullPath(SharedData.DefaultCorpus)], manifest.CorpusRoots);
        Assert.Equal(2, manifest.FileCount);
        Assert.Equal(Directory.GetFiles(SharedData.DefaultCorpus).Sum(f => new FileInfo(f).Length), manifest.TotalBytes);
        Assert.Equal(19, manifest.Statements);
        Assert.Equal(13, manifest.Documents);
        Assert.Equal(10, manifest.Speakers);
        Assert.Equal(Schema.IndexSchema.Version, manifest.SchemaVersion);

        using var json = File.OpenRead(Path.Combine(result.Generation, "speakers.json"));
        var records = JsonSerializer.Deserialize<List<SpeakerRecord>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var registry = SpeakerRegistry.FromEntries(records.Select(r => r.Speaker));
        var found = Assert.IsType<SpeakerResolution.Found>(registry.Resolve("MS. JEAN-PIERRE"));
        Assert.Equal("Karine Jean-Pierre", found.Speaker.Name);
        var wu = records.Single(r => r.Speaker.Name == "Wu Qian").Stats;
        Assert.Equal((3, 1, new DateOnly(2021, 1, 28), new DateOnly(2021, 1, 28)), (wu.Statements, wu.Documents, wu.First, wu.Last));
        Assert.Contains("impossible", wu.DistinctiveTerms);
        // "mil-to-mil" and "non-confrontation" are his words; "mil" and "non" on their own are not.
        Assert.DoesNotContain("mil", wu.DistinctiveTerms);
        Assert.DoesNotContain("non", wu.DistinctiveTerms);
        Assert.Equal("the whole corpus", wu.DistinctiveAgainst);
    }

    [Fact]
    public void Build_DuplicateDocuments_AreListedInTheManifest()
    {
        using var folder = new TempFolder();
        var duplicate = new DuplicateDocument("/corpus/briefing.md", "/corpus/briefing-2.md");

        var result = new IndexBuilder(folder.Path).Build(Load() with { Duplicates = [duplicate] }, SeedCorpus);

        Assert.Equal([duplicate], IndexFiles.ReadManifest(result.Generation)!.Duplicates);
        using var index = StatementIndex.Open(folder.Path);
        Assert.Equal([duplicate], index.Manifest.Duplicates);
    }

    [Fact]
    public void Build_SameStatementTwice_IsIndexedOnce()
    {
        using var folder = new TempFolder();

        var result = new IndexBuilder(folder.Path).Build(LoadOf(All.Append(WuContain), Registry), SeedCorpus);

        Assert.Equal(19, result.Manifest.Statements);
        using var index = StatementIndex.Open(folder.Path);
        Assert.Equal(1, Total(index, "\"mission impossible\""));
    }

    [Fact]
    public void Build_StatementsWithoutText_AreSkipped()
    {
        using var folder = new TempFolder();
        var empty = WuContain with { Text = "  ", Position = 99 };

        var result = new IndexBuilder(folder.Path).Build(LoadOf([WuContain, empty], Registry), SeedCorpus);

        Assert.Equal(1, result.Manifest.Statements);
        Assert.Equal(1, result.SkippedStatements);
    }

    [Fact]
    public void Rebuild_OldIndexServesWhileBuilding_NewOneAfterRefresh()
    {
        using var folder = new TempFolder();
        var first = new IndexBuilder(folder.Path).Build(LoadOf([WuContain, TanFaceReality], Registry), SeedCorpus);
        using var index = StatementIndex.Open(folder.Path);
        Assert.Equal(2, Total(index, "militaries"));

        var duringBuild = new List<(int Total, string? Current)>();
        var progress = new SyncProgress<IndexProgress>(_ =>
            duringBuild.Add((Total(index, "militaries"), new IndexLayout(folder.Path).CurrentGeneration())));
        var second = new IndexBuilder(folder.Path).Build(Load(), SeedCorpus, progress);

        Assert.NotEmpty(duringBuild);
        Assert.All(duringBuild, seen => Assert.Equal((2, first.Generation), seen));
        Assert.Equal(2, Total(index, "militaries"));

        var seenByListeners = new List<int>();
        index.Refreshed += _ => throw new InvalidOperationException("a failing listener");
        index.Refreshed += refreshed => seenByListeners.Add(Total(refreshed, "militaries"));
        Assert.True(index.Refresh());
        Assert.Equal(4, Total(index, "militaries")); // four statements say it (a fifth only answers a question about "military action")
        Assert.Equal(second.Generation, index.Generation);
        Assert.False(index.Refresh());
        Assert.Equal([4], seenByListeners); // once, after the switch, despite the listener before it failing
    }

    [Fact]
    public void FailedBuild_LeavesTheOldIndexServing()
    {
        using var folder = new TempFolder();
        var first = new IndexBuilder(folder.Path).Build(LoadOf([WuContain, TanFaceReality], Registry), SeedCorpus);
        using var index = StatementIndex.Open(folder.Path);
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new IndexBuilder(folder.Path).Build(Load(), SeedCorpus, new SyncProgress<IndexProgress>(_ => cancel.Cancel()), cancel.Token));

        Assert.Equal([Path.GetFileName(first.Generation)], Generations(folder.Path));
        Assert.False(index.Refresh());
        Assert.Equal(2, Total(index, "militaries"));
        using var reopened = StatementIndex.Open(folder.Path);
        Assert.Equal(2, reopened.Manifest.Statements);
        Assert.Equal(2, Total(reopened, "militaries"));
    }

    [Fact]
    public void Rebuilds_KeepOnlyTheCurrentAndThePreviousGeneration()
    {
        using var folder = new TempFolder();
        var builder = new IndexBuilder(folder.Path);

        builder.Build(LoadOf([WuContain], Registry), SeedCorpus);
        var second = builder.Build(LoadOf([WuContain], Registry), SeedCorpus);
        var third = builder.Build(LoadOf([WuContain], Registry), SeedCorpus);

        Assert.Equal([Path.GetFileName(second.Generation), Path.GetFileName(third.Generation)], Generations(folder.Path));
    }

    [Fact]
    public async Task Searches_RunConcurrently_WhileTheIndexIsRebuiltAndRefreshed()
    {
        using var folder = new TempFolder();
        var small = LoadOf([WuContain, TanFaceReality], Registry);
        var builder = new IndexBuilder(folder.Path);
        builder.Build(small, SeedCorpus);
        using var index = StatementIndex.Open(folder.Path);
        var searcher = new StatementSearcher(index);
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        var queries = 0;

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                seen.Add(searcher.Quote(new QuoteQuery("militaries")).Value!.Total);
                Assert.NotNull(searcher.Speaker("Wu Qian").Value);
                Interlocked.Increment(ref queries);
            }
        })).ToArray();

        void WaitForMoreQueries()
        {
            var target = Volatile.Read(ref queries) + 8;
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref queries) >= target || readers.Any(r => r.IsFaulted), TimeSpan.FromSeconds(30)));
        }

        WaitForMoreQueries();
        for (var i = 0; i < 4; i++)
        {
            builder.Build(i % 2 == 0 ? Load() : small, SeedCorpus);
            index.Refresh();
            WaitForMoreQueries();
        }
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal([2, 4], seen.Distinct().Order());
        Assert.Equal(2, Total(index, "militaries"));
    }
}
