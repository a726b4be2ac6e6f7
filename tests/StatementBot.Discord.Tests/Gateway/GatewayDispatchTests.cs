using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>Dispatches as the session sees them: sequence numbers, READY's session, and each interaction raised once.</summary>
public sealed class GatewayDispatchTests
{
    private readonly GatewayDispatch _dispatch = new(NullLogger.Instance);
    private readonly List<DiscordInteraction> _raised = [];
    private readonly List<ReadyInfo> _ready = [];

    public GatewayDispatchTests()
    {
        _dispatch.InteractionCreated += (interaction, _) =>
        {
            _raised.Add(interaction);
            return Task.CompletedTask;
        };
        _dispatch.Ready += ready =>
        {
            _ready.Add(ready);
            return Task.CompletedTask;
        };
    }

    [Fact]
    public async Task HandleAsync_Ready_OpensTheSessionToResumeAndSaysWhoTheBotIs()
    {
        var established = await _dispatch.HandleAsync(Ready(1), 0);

        Assert.True(established);
        Assert.Equal("session-a", _dispatch.Session!.SessionId);
        Assert.Equal("wss://resume.example/", _dispatch.Session.ResumeGatewayUrl);
        var ready = Assert.Single(_ready);
        Assert.Equal(FakeDiscord.ApplicationId, ready.ApplicationId);
        Assert.Equal(FakeDiscord.BotName, ready.BotName);
        Assert.Equal(1, _dispatch.Sequence);
    }

    [Fact]
    public async Task HandleAsync_InteractionDeliveredAgainAfterAResume_IsRaisedOnce()
    {
        var id = FakeInteractions.NewId();
        await _dispatch.HandleAsync(Ready(1), 0);
        await _dispatch.HandleAsync(Interaction(2, FakeInteractions.Command(id, "help")), 0);

        // Discord replays from an earlier sequence than the bot asked for: the same interaction comes again.
        Assert.True(await _dispatch.HandleAsync(Payload("""{"op":0,"s":3,"t":"RESUMED","d":{}}"""), 0));
        await _dispatch.HandleAsync(Interaction(4, FakeInteractions.Command(id, "help")), 0);

        Assert.Equal(id, Assert.Single(_raised).Id);
        Assert.Equal(4, _dispatch.Sequence);
    }

    [Fact]
    public async Task HandleAsync_DistinctInteractions_AreEachRaisedInOrder()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => FakeInteractions.NewId()).ToArray();

        for (var i = 0; i < ids.Length; i++)
        {
            Assert.False(await _dispatch.HandleAsync(Interaction(i + 1, FakeInteractions.Command(ids[i], "help")), 0));
        }

        Assert.Equal(ids, _raised.Select(r => r.Id));
    }

    [Fact]
    public async Task HandleAsync_InteractionWithoutAToken_IsSkipped()
    {
        await _dispatch.HandleAsync(Interaction(1, """{"id":"123456789012345678","type":2}"""), 0);

        Assert.Empty(_raised);
        Assert.Equal(1, _dispatch.Sequence); // still counted: a resume must not ask for it again
    }

    [Fact]
    public async Task HandleAsync_ReadyWithoutSessionId_EstablishesButCannotBeResumed()
    {
        Assert.True(await _dispatch.HandleAsync(Payload("""{"op":0,"s":1,"t":"READY","d":{"v":10}}"""), 0));

        Assert.Null(_dispatch.Session);
        Assert.Empty(_ready);
    }

    [Fact]
    public async Task Forget_AfterAnInvalidSession_DropsTheSessionAndItsNumbering()
    {
        await _dispatch.HandleAsync(Ready(7), 0);

        _dispatch.Forget();

        Assert.Null(_dispatch.Session);
        Assert.Null(_dispatch.Sequence);
    }

    [Fact]
    public void RecentIds_PastCapacity_ForgetsTheOldestFirst()
    {
        var recent = new RecentIds(3);
        Assert.True(recent.Add("a"));
        Assert.True(recent.Add("b"));
        Assert.True(recent.Add("c"));
        Assert.False(recent.Add("a"));
        Assert.True(recent.Add("d"));

        Assert.True(recent.Add("a"));
        Assert.False(recent.Add("d"));
        Assert.Equal(3, recent.Count);
    }

    private static GatewayPayload Ready(long sequence) => Payload(
        $$$"""{"op":0,"s":{{{sequence}}},"t":"READY","d":{"v":10,"session_id":"session-a","resume_gateway_url":"wss://resume.example/","user":{"id":"1","username":"{{{FakeDiscord.BotName}}}"},"application":{"id":"{{{FakeDiscord.ApplicationId}}}"} } }""");

    private static GatewayPayload Interaction(long sequence, string interactionJson) =>
        Payload($$"""{"op":0,"s":{{sequence}},"t":"INTERACTION_CREATE","d":{{interactionJson}}}""");

    private static GatewayPayload Payload(string json) => GatewayPayload.Parse(Encoding.UTF8.GetBytes(json));
}
