using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Routing;

/// <summary>A router built once over an index that is later refreshed answers from the new build, autocomplete included.</summary>
public sealed class RefreshedIndexTests
{
    private const string Article = "wikinews/2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill.txt";

    [SharedFact]
    public void AfterRefresh_NewSpeakersAutocompleteAndAnswer()
    {
        var folder = Directory.CreateTempSubdirectory("statementbot-refresh-");
        try
        {
            string[] seeds = [SharedData.DefaultCorpus];
            new IndexBuilder(folder.FullName).Build(new CorpusLoader().Load(seeds), CorpusSnapshot.Take(seeds));
            using var index = StatementIndex.Open(folder.FullName);
            var router = CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index));
            Assert.Empty(router.Autocomplete("quote", "speaker", "Carrie"));

            string[] more = [SharedData.DefaultCorpus, Path.Combine(SharedData.Corpora, Article)];
            new IndexBuilder(folder.FullName).Build(new CorpusLoader().Load(more), CorpusSnapshot.Take(more));
            Assert.True(index.Refresh());

            Assert.Contains(router.Autocomplete("quote", "speaker", "Carrie"), c => c.Name == "Carrie Lam");
            Assert.False(router.Handle(new CommandRequest("speaker", ("name", "Carrie Lam"))).IsError);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
