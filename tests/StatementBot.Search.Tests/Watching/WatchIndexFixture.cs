using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Watching;

/// <summary>Eight Foreign Ministry press conferences and the shared seed documents, indexed at test time.</summary>
public sealed class WatchIndexFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public WatchIndexFixture()
    {
        if (!SharedData.Available)
        {
            return;
        }

        var mfa = Directory.GetFiles(SharedData.SharedPath("corpora", "china-mfa"), "*.html").Order(StringComparer.Ordinal).Take(8);
        string[] files = [.. mfa, SharedData.SharedPath("corpora", "seeds")];
        new IndexBuilder(_folder.Path).Build(new CorpusLoader().Load(files), CorpusSnapshot.Take(files));
        Index = StatementIndex.Open(_folder.Path);
        Searcher = new StatementSearcher(Index);
    }

    public StatementIndex Index { get; } = null!;

    public StatementSearcher Searcher { get; } = null!;

    public void Dispose()
    {
        Index?.Dispose();
        _folder.Dispose();
    }
}
