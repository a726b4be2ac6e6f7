using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Tests.Verify;
using StatementBot.Commands.Watch;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Watch;

/// <summary>/watch through the real router over a real index: who may use it, where, and what it keeps.</summary>
public sealed class WatchCommandTests(VerifyRouterFixture fixture) : IClassFixture<VerifyRouterFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("statementbot-watch-command-");

    private static CommandRequest InChannel(string subcommand, MemberPermissions? permissions, params (string, string)[] options) =>
        new CommandRequest("watch", options) { Subcommand = subcommand, Server = "guild-1", Channel = "channel-1", Caller = "user-1", Permissions = permissions };

    private CommandRouter Router(out WatchStore store)
    {
        store = WatchStore.OpenBeside(_folder.FullName);
        var searcher = fixture.Searcher!;
        return CommandSet.CreateRouter(searcher, new Search.Querying.SpeakerDirectory(searcher.Index), watches: store);
    }

    [SharedFact]
    public void Add_WithoutManageChannels_IsRefusedAndKeepsNothing()
    {
        var router = Router(out var store);

        var reply = router.Handle(InChannel("add", MemberPermissions.None, ("query", "tariffs")));

        Assert.True(reply.IsError);
        Assert.Contains("Manage Channels", reply.Title);
        Assert.Empty(store.All());
    }

    [SharedFact]
    public void Watch_InADirectMessage_SaysServerChannelsOnly()
    {
        var router = Router(out var store);
        var direct = new CommandRequest("watch", ("query", "tariffs")) { Subcommand = "add", Channel = "dm-1", Caller = "user-1" };

        var reply = router.Handle(direct);

        Assert.True(reply.IsError);
        Assert.Contains("server channels only", reply.Title);
        Assert.Empty(store.All());
    }

    [SharedFact]
    public void AddListRemove_WithManageChannels_KeepsTheWatchInTheChannel()
    {
        var router = Router(out var store);

        var added = router.Handle(InChannel("add", MemberPermissions.ManageChannels, ("query", "cooperation"), ("kind", "answer")));
        var listed = router.Handle(InChannel("list", MemberPermissions.Administrator));

        Assert.False(added.IsError, added.Title);
        var watch = Assert.Single(store.InChannel("guild-1", "channel-1"));
        Assert.Equal(("cooperation", Corpus.Attribution.StatementKind.Answer, "user-1"), (watch.Query, watch.Kind, watch.Creator));
        Assert.Contains(listed.Facts, f => f.Name.StartsWith($"#{watch.Id} ", StringComparison.Ordinal));

        var removed = router.Handle(InChannel("remove", MemberPermissions.ManageChannels, ("id", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.False(removed.IsError, removed.Title);
        Assert.Empty(store.All());
    }

    [SharedFact]
    public void Add_WithAnUnknownSpeakerOrABadQuery_SaysWhyAndKeepsNothing()
    {
        var router = Router(out var store);

        var speaker = router.Handle(InChannel("add", MemberPermissions.ManageChannels, ("query", "cooperation"), ("speaker", "Nobody Fictional-Person")));
        var query = router.Handle(InChannel("add", MemberPermissions.ManageChannels, ("query", "\"unclosed")));
        var missing = router.Handle(InChannel("add", MemberPermissions.ManageChannels));

        Assert.True(speaker.IsError && query.IsError && missing.IsError);
        Assert.Contains("No speaker called", speaker.Title);
        Assert.Contains("/watch add needs query", missing.Title);
        Assert.Empty(store.All());
    }

    [Fact]
    public void Registration_NamesEachSubcommandAndTheKindsTheIndexHas()
    {
        var add = WatchCommand.Entry.Subcommand("add")!;

        Assert.Equal(new[] { "add", "list", "remove" }, WatchCommand.Entry.Subcommands.Select(s => s.Name));
        Assert.Equal(["quote", "reported", "answer", "remark"], add.Option("kind")!.Choices!.Select(c => c.Value)); // as /quote's kind filter
        Assert.Equal(MemberPermissions.ManageChannels, WatchCommand.Entry.RequiredPermissions);
        Assert.True(WatchCommand.Entry.GuildOnly); // not offered in DMs nor to user installs
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
