using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests;

/// <summary>The <see cref="CorpusSamples"/> indexed once into a temp folder and opened, shared by a test class.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleIndexFixture()
    {
        Build = new IndexBuilder(_folder.Path).Build(CorpusSamples.Load(), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
        Index = StatementIndex.Open(_folder.Path);
        Searcher = new StatementSearcher(Index);
    }

    public string Root => _folder.Path;

    public IndexBuildResult Build { get; }

    public StatementIndex Index { get; }

    public StatementSearcher Searcher { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
