using StatementBot.Commands.Cooldowns;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// The real commands over a real index of the default corpus (the two seed documents in <c>index/corpus</c>): small,
/// so thousands of interactions run in seconds, and real, so every one goes through query parsing, Lucene and the
/// renderer exactly as in production.
/// </summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-hostile-" + Guid.NewGuid().ToString("N")[..12]);

    public SeedIndexFixture()
    {
        var corpus = CorpusSnapshot.Take([SharedData.DefaultCorpus]);
        new IndexBuilder(_folder).Build(new CorpusLoader().Load([SharedData.DefaultCorpus]), corpus);
        Index = StatementIndex.Open(_folder);
        Searcher = new StatementSearcher(Index);
    }

    public StatementIndex Index { get; }

    public StatementSearcher Searcher { get; }

    /// <summary>A router as the host builds it, with its own cooldown (callers are rationed per router).</summary>
    public CommandRouter Router(CallerCooldown? cooldown = null) =>
        CommandSet.CreateRouter(Searcher, new SpeakerDirectory(Index), cooldown, Watches.Value);

    /// <summary>Where the router's /watch keeps its watches: beside the index, as serve has it.</summary>
    private Lazy<StatementBot.Commands.Watch.WatchStore> Watches => _watches ??= new(() => StatementBot.Commands.Watch.WatchStore.OpenBeside(_folder));

    private Lazy<StatementBot.Commands.Watch.WatchStore>? _watches;

    public void Dispose()
    {
        Index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
