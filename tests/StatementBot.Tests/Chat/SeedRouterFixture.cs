using StatementBot.Commands.Routing;
using StatementBot.Indexing;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Chat;

/// <summary>The router over a private index of the default corpus (the two seed documents), as a newcomer has it.</summary>
public sealed class SeedRouterFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "statementbot-chat-" + Guid.NewGuid().ToString("N"));
    private readonly IndexGate _gate;

    public SeedRouterFixture()
    {
        _gate = IndexGate.OpenOrBuild(IndexSettings.From([SharedData.DefaultCorpus], _directory), rebuild: false, TextWriter.Null);
        Searcher = _gate.Searcher ?? throw new InvalidOperationException(_gate.Error);
        Router = CommandSet.CreateRouter(Searcher, _gate.SpeakerDirectory!);
    }

    public StatementSearcher Searcher { get; }

    public CommandRouter Router { get; }

    public void Dispose()
    {
        _gate.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
