using StatementBot.Commands.Routing;
using StatementBot.Discord.Components;

namespace StatementBot.Discord.Tests.Components;

public sealed class CustomIdsTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Page_ShortRequest_TravelsInsideTheIdAndDecodesOnAnyInstance()
    {
        var request = new CommandRequest("quote", ("query", "joint efforts: 100% & more"), ("speaker", "Wu Qian"), ("page", "1"));

        var id = new CustomIds(new PagingStateStore(TimeProvider.System)).Page(request, 2, '>');
        var action = new CustomIds(new PagingStateStore(TimeProvider.System)).Decode(id); // a fresh store: another instance

        Assert.True(id.Length <= DiscordLimits.CustomId);
        Assert.Equal(ComponentActionKind.Page, action.Kind);
        Assert.Equal("quote", action.Request!.Command);
        Assert.Equal("joint efforts: 100% & more", action.Request.Get("query"));
        Assert.Equal("Wu Qian", action.Request.Get("speaker"));
        Assert.Equal(2, action.Request.GetInt("page"));
    }

    [Fact]
    public void Export_ShortAndLongRequests_DecodeToTheSameRequestWithoutItsPage()
    {
        var ids = new CustomIds(new PagingStateStore(TimeProvider.System));
        var shortRequest = new CommandRequest("quote", ("query", "militaries"), ("kind", "quote"), ("page", "3"));
        var longRequest = new CommandRequest("who", ("query", string.Join(' ', Enumerable.Repeat("the two countries and the two militaries", 4))));

        var inline = ids.Decode(ids.Export(shortRequest));
        var stored = ids.Decode(ids.Export(longRequest));

        Assert.StartsWith("ex:", ids.Export(shortRequest));
        Assert.StartsWith("ek:", ids.Export(longRequest));
        Assert.Equal(ComponentActionKind.Export, inline.Kind);
        Assert.Equal("quote", inline.Request!.Get("kind"));
        Assert.Null(inline.Request.Get("page")); // an export holds every page
        Assert.Equal(ComponentActionKind.Export, stored.Kind);
        Assert.Equal(longRequest.Get("query"), stored.Request!.Get("query"));
        Assert.Equal(ComponentActionKind.Expired, ids.Decode("ek:unknownkey12").Kind);
    }

    [Fact]
    public void Page_LongRequest_StoredUntilItExpires()
    {
        var clock = new ManualClock();
        var ids = new CustomIds(new PagingStateStore(clock));
        var request = new CommandRequest("quote", ("query", string.Join(' ', Enumerable.Repeat("the two countries and the two militaries", 4))));

        var id = ids.Page(request, 3, '>');
        var fresh = ids.Decode(id);
        clock.Now += PagingStateStore.Lifetime + TimeSpan.FromSeconds(1);
        var stale = ids.Decode(id);

        Assert.True(id.Length <= DiscordLimits.CustomId);
        Assert.Equal(3, fresh.Request!.GetInt("page"));
        Assert.Equal(request.Get("query"), fresh.Request.Get("query"));
        Assert.Equal(ComponentActionKind.Expired, stale.Kind);
    }

    [Fact]
    public void Context_StatementId_DecodesToTheHiddenCommand()
    {
        var ids = new CustomIds(new PagingStateStore(TimeProvider.System));

        var action = ids.Decode(ids.Context("seed-wu-qian"));

        Assert.Equal(ComponentActionKind.Context, action.Kind);
        Assert.Equal(("context", "seed-wu-qian"), (action.Request!.Command, action.Request.Get("id")));
    }

    [Theory]
    [InlineData("pg:>:0:quote:query=x", ComponentActionKind.Expired)]
    [InlineData("pg:>:two:quote:query=x", ComponentActionKind.Expired)]
    [InlineData("pg:>:2:quote:query", ComponentActionKind.Expired)]
    [InlineData("pg:>:2::query=x", ComponentActionKind.Expired)]
    [InlineData("pg:>:2:quote:query=a&query=b", ComponentActionKind.Expired)]
    [InlineData("ck:nosuchkey", ComponentActionKind.Expired)]
    [InlineData("someone-elses-button", ComponentActionKind.Unrecognized)]
    [InlineData("", ComponentActionKind.Unrecognized)]
    [InlineData(null, ComponentActionKind.Unrecognized)]
    public void Decode_DamagedOrForeignId_NeverThrows(string? customId, ComponentActionKind expected) =>
        Assert.Equal(expected, new CustomIds(new PagingStateStore(TimeProvider.System)).Decode(customId).Kind);
}
