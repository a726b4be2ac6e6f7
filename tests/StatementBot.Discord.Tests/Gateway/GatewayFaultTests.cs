using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>The gateway faults Discord documents, scripted on the fake: the bot resumes, re-identifies or stops as it must.</summary>
public sealed class GatewayFaultTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Serve_DropThenOp7ThenMissedAck_ResumesEachTimeAndLosesNoInteraction()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.HeartbeatIntervalMs = 500;
        var ids = Enumerable.Range(0, 5).Select(_ => FakeInteractions.NewId()).ToArray();
        string Quote(string id) => FakeInteractions.Command(id, "quote", ("query", "China"));

        // 1: one interaction answered, one numbered but lost in a drop. 2 (resumed): the lost one is replayed, then op 7.
        // 3 (resumed): one more, then heartbeats go unanswered. 4 (resumed): one last interaction.
        fake.Script(new GatewayStep.Dispatch(Quote(ids[0])), new GatewayStep.WaitForCallback(ids[0]), new GatewayStep.DispatchLost(Quote(ids[1])), new GatewayStep.Drop());
        fake.Script(new GatewayStep.Dispatch(Quote(ids[2])), new GatewayStep.WaitForCallback(ids[2]), new GatewayStep.Reconnect());
        fake.Script(new GatewayStep.Dispatch(Quote(ids[3])), new GatewayStep.WaitForCallback(ids[3]), new GatewayStep.StopAcking());
        fake.Script(new GatewayStep.Dispatch(Quote(ids[4])));

        await using var bot = await GatewayBot.StartAsync(fake);
        foreach (var id in ids)
        {
            await fake.WaitForCallbackAsync(id, Wait);
        }

        Assert.All(ids, id => Assert.Single(fake.CallbacksFor(id)));
        var connections = fake.Connections;
        Assert.Equal(4, connections.Count);
        Assert.NotNull(connections[0].Identify);
        Assert.All(connections.Skip(1), c =>
        {
            Assert.Equal("/resume", c.Path);
            Assert.Equal("?v=10&encoding=json", c.Query);
            Assert.Null(c.Identify);
            Assert.Equal("session-1", c.Resume!.Value.GetProperty("session_id").GetString());
        });

        // The drop came after READY (s=1) and the first interaction (s=2): the resume asks for what followed s=2.
        Assert.Equal(2, connections[1].Resume!.Value.GetProperty("seq").GetInt64());
        Assert.Null(connections[0].ClientCloseCode);     // dropped by Discord
        Assert.Equal(4000, connections[1].ClientCloseCode); // op 7: closed by the bot, keeping the session
        Assert.Equal(4000, connections[2].ClientCloseCode); // zombied: closed by the bot with a non-1000 code
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_WaitingForTheIdentifySlotAfter4009_ReadsHeartbeatAcksAndIdentifiesOnce()
    {
        // After a 4009 close the next identify must wait for its slot (here 2 s) while heartbeats go every 200 ms: the
        // ACKs are read during the wait, so the live connection is not taken for dead and re-dialled in a loop.
        await using var fake = await FakeDiscord.StartAsync();
        fake.HeartbeatIntervalMs = 200;
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Close(4009));
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake, timings: t => t.IdentifyWindow = TimeSpan.FromSeconds(2));
        await fake.WaitForCallbackAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(2, fake.Connections.Count);
        Assert.NotNull(fake.Connections[1].Identify);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_InteractionWithoutApplicationIdOrGuild_IsAnsweredOverTheGatewayToo()
    {
        // Discord's own documented example has no application_id; a DM has no guild_id or member. The gateway reads
        // interactions as the HTTP endpoint does: only id, token and type are required.
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        var json = System.Text.Json.Nodes.JsonNode.Parse(FakeInteractions.Command(id, "help"))!.AsObject();
        json.Remove("application_id");
        json.Remove("guild_id");
        json.Remove("member");
        fake.Script(new GatewayStep.Dispatch(json.ToJsonString()));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForCallbackAsync(id, Wait);

        Assert.Single(fake.CallbacksFor(id));
    }

    [Fact]
    public async Task Serve_InvalidSessionNotResumable_IdentifiesAgainOnTheGatewayUrl()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.InvalidSession(Resumable: false));
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForCallbackAsync(id, Wait);

        var second = fake.Connections[1];
        Assert.Equal("/gateway", second.Path);
        Assert.NotNull(second.Identify);
        Assert.Null(second.Resume);
    }

    [Fact]
    public async Task Serve_InvalidSessionResumable_Resumes()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.InvalidSession(Resumable: true));
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForCallbackAsync(id, Wait);

        Assert.Equal("/resume", fake.Connections[1].Path);
        Assert.NotNull(fake.Connections[1].Resume);
    }

    [Theory]
    [InlineData(4000, "/resume")]
    [InlineData(4008, "/resume")]
    [InlineData(4007, "/gateway")]
    [InlineData(4009, "/gateway")]
    public async Task Serve_ReconnectableCloseCode_ResumesOrStartsNewSession(int code, string expectedPath)
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Close(code));
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForCallbackAsync(id, Wait);

        Assert.Equal(expectedPath, fake.Connections[1].Path);
        Assert.Equal(expectedPath == "/resume", fake.Connections[1].Resume is not null);
    }

    [Theory]
    [InlineData(4004, "DISCORD_TOKEN")]
    [InlineData(4010, "DISCORD_SHARD_ID")]
    [InlineData(4011, "DISCORD_SHARD_COUNT")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "privileged intent")]
    public async Task Serve_FatalCloseCode_StopsWithOneClearLineAndNoReconnect(int code, string hint)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Script(new GatewayStep.Close(code));

        await using var bot = await GatewayBot.StartAsync(fake);

        Assert.True(await bot.WaitForStopAsync(Wait), "the host should stop by itself");
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), bot.Status.FatalError);
        Assert.Contains(hint, bot.Status.FatalError);
        var critical = Assert.Single(bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
        Assert.Equal(bot.Status.FatalError, critical.Message);
        Assert.DoesNotContain('\n', critical.Message);
        await Task.Delay(300);
        Assert.Single(fake.Connections);
        Assert.DoesNotContain(FakeDiscord.Token, bot.Logs.AllText);
    }

    [Fact]
    public async Task Serve_TokenRejectedWith401_StopsBeforeConnecting()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.GatewayBotStatus = 401;

        await using var bot = await GatewayBot.StartAsync(fake);

        Assert.True(await bot.WaitForStopAsync(Wait));
        Assert.Equal("Discord rejected the bot token (401 Unauthorized on GET /gateway/bot): check DISCORD_TOKEN.", bot.Status.FatalError);
        Assert.Empty(fake.Connections);
        Assert.DoesNotContain(FakeDiscord.Token, bot.Logs.AllText);
    }

    [Fact]
    public async Task Serve_NoToken_HostRefusesToStartNamingTheVariable()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var bot = GatewayBot.Create(fake, new Dictionary<string, string?> { ["DISCORD_TOKEN"] = null });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => bot.Host.StartAsync());
        bot.Host.Dispose();

        Assert.Equal("DISCORD_TOKEN is not set: the gateway needs the bot token (Developer Portal → your application → Bot → Reset Token).", error.Message);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Serve_HeartbeatRequested_SendsOneAtOnce()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.HeartbeatIntervalMs = 30_000; // no scheduled heartbeat during the test
        fake.Script(new GatewayStep.Wait(200), new GatewayStep.RequestHeartbeat());

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForConnectionsAsync(c => c.Count == 1 && c[0].Heartbeats >= 1, Wait);

        Assert.Contains(1, fake.Connections[0].ClientOps);
    }

    [Fact]
    public async Task Serve_Shutdown_ClosesWith1000()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForConnectionsAsync(c => c.Count == 1 && c[0].Identify is not null, Wait);

        await bot.DisposeAsync();

        await fake.WaitForConnectionsAsync(c => c[0].ClientCloseCode == 1000, Wait);
        Assert.Single(fake.Connections);
    }

    [Fact]
    public async Task Serve_ShutdownDuringADeferredAnswer_FinishesTheAnswerFirst()
    {
        await using var fake = await FakeDiscord.StartAsync();
        // This test is about the stop, not heartbeats: a loaded machine that misses a 1 s ACK would turn it into a resume.
        fake.HeartbeatIntervalMs = 30_000;
        using var gate = new Gate();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "slow")));
        var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" }, FakeHandlers.Router(slowGate: gate));
        await fake.WaitForCallbackAsync(id, Wait);

        var stopping = bot.DisposeAsync().AsTask();
        await fake.WaitForConnectionsAsync(c => c[0].ClientCloseCode == 1000, Wait);
        gate.Open();
        await stopping;

        var edit = Assert.Single(fake.Requests, r => r.IsOriginalEdit);
        Assert.Equal("Done slowly", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
