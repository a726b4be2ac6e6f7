using StatementBot.Commands.Tests.Quote;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Routing;

/// <summary>The one registration list: the catalog Discord and help are built from is exactly what the router answers.</summary>
public sealed class CommandSetTests(ForeignMinistryIndexFixture corpus) : IClassFixture<ForeignMinistryIndexFixture>
{
    [SharedFact]
    public void Router_AnswersEveryCatalogCommand_AndNoOther()
    {
        var router = CommandSet.CreateRouter(corpus.Searcher, corpus.Directory);

        Assert.Equal(CommandSet.Catalog.All.Select(c => c.Name), router.Catalog.All.Select(c => c.Name));
        foreach (var command in CommandSet.Catalog.Public)
        {
            var reply = router.Handle(new CommandRequest("/" + command.Name));
            Assert.DoesNotContain("There is no /", reply.Title, StringComparison.Ordinal);
        }
    }
}
