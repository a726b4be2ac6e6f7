using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Tests.Loading;

[Collection(AllocationCollection.Name)]
public sealed class LargeFileTests : IDisposable
{
    private const long AllocationBudget = 16L * 1024 * 1024;

    private readonly BadFiles _files = new(Directory.CreateTempSubdirectory("statementbot-large-").FullName);

    public void Dispose() => Directory.Delete(_files.Folder, recursive: true);

    [Fact]
    public void Load_A200MegabyteFile_IsSkippedAsTooLargeWithoutReadingItIntoMemory()
    {
        var seed = _files.CopySeed();
        var large = _files.Large("transcripts-all-years.txt", 200);
        new CorpusLoader().Load([seed]); // the code paths once, so the figure below is the large file's
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var load = new CorpusLoader().Load([_files.Folder]);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal([seed], load.Documents.Select(d => d.Document.Info.Path));
        Assert.Equal(new SkippedFile(large, "too large (200 MB; a document may be at most 8 MB, so it is skipped unread)"), Assert.Single(load.Skipped));
        Assert.True(allocated < AllocationBudget, $"{allocated / (1024 * 1024)} MB allocated while loading");
    }
}
