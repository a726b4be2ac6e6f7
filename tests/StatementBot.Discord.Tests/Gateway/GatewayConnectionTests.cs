using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Rest;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>One connection's protocol against a scripted peer on loopback, its clock a fake one: no test waits for real time to pass.</summary>
public sealed class GatewayConnectionTests : IAsyncLifetime
{
    // Only a bound for a failing run: the clock under test is fake; a loaded machine may take long to schedule a read.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly GatewayDispatch _dispatch = new(NullLogger.Instance);
    private readonly CancellationTokenSource _stop = new();
    private GatewayIdentifyGate _gate = null!;
    private WebSocketPair _pair = null!;

    public async Task InitializeAsync()
    {
        _pair = await WebSocketPair.OpenAsync();
        _gate = new GatewayIdentifyGate(TimeSpan.FromSeconds(5), _time, _ => Task.FromResult(new SessionStartLimit(1000, 1000, 0, 1)), NullLogger.Instance)
        {
            Limit = new SessionStartLimit(1000, 999, 86_400_000, 1),
        };
    }

    public Task DisposeAsync()
    {
        _pair.Dispose();
        _stop.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_WaitingForTheIdentifySlot_ReadsHeartbeatAcksMeanwhileAndIdentifiesOnce()
    {
        // An identify went out just now, so this one waits 5 s while beats go every second: each ACK must be read
        // during the wait, or the connection would be taken for dead.
        _gate.MarkUsed();
        var interactions = new Queue<TaskCompletionSource>();
        _dispatch.InteractionCreated += (_, _) =>
        {
            interactions.Dequeue().TrySetResult();
            return Task.CompletedTask;
        };
        var run = await StartAsync(heartbeatMs: 1000, jitter: 0);

        for (var second = 0; second < 5; second++)
        {
            Assert.Equal(1, Op(await _pair.ReceiveOnServerAsync()));
            var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            interactions.Enqueue(handled);
            await _pair.SendFromServerAsync("""{"op":11}""");
            await _pair.SendFromServerAsync(Dispatch(second + 1, "INTERACTION_CREATE", FakeInteractions.Command(FakeInteractions.NewId(), "help")));
            await handled.Task.WaitAsync(Wait); // frames are read in order: the ACK before it has been read too
            _time.Advance(Second);
        }

        var ops = new List<int>();
        while (!(ops.Contains(1) && ops.Contains(2)))
        {
            ops.Add(Op(await _pair.ReceiveOnServerAsync()));
        }

        Assert.Equal([1, 2], ops.Order());
        Assert.False(run.IsCompleted);
        Assert.False(_gate.WaitAsync(CancellationToken.None).IsCompleted); // the identify took the slot
        Assert.Equal(997, _gate.Limit!.Remaining); // 999, less the earlier identify and this one
        await StopAsync(run);
    }

    [Fact]
    public async Task Run_SessionKnown_ResumesFromTheLastSequenceInsteadOfIdentifying()
    {
        await _dispatch.HandleAsync(GatewayPayload.Parse(System.Text.Encoding.UTF8.GetBytes(Dispatch(41, "READY",
            """{"session_id":"session-9","resume_gateway_url":"wss://resume.example/"}"""))), 0);
        var run = await StartAsync(heartbeatMs: 3_600_000, jitter: 0.5);

        using var resume = JsonDocument.Parse((await _pair.ReceiveOnServerAsync())!);

        Assert.Equal(6, resume.RootElement.GetProperty("op").GetInt32());
        Assert.Equal("session-9", resume.RootElement.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(41, resume.RootElement.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(FakeDiscord.Token, resume.RootElement.GetProperty("d").GetProperty("token").GetString());
        await StopAsync(run);
    }

    [Fact]
    public async Task Run_HeartbeatRequested_AnswersAtOnce()
    {
        var run = await StartAsync(heartbeatMs: 3_600_000, jitter: 0.5);
        Assert.Equal(2, Op(await _pair.ReceiveOnServerAsync()));

        await _pair.SendFromServerAsync("""{"op":1,"d":null}""");

        Assert.Equal(1, Op(await _pair.ReceiveOnServerAsync()));
        await StopAsync(run);
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""", "Reconnect", false)]
    [InlineData("""{"op":9,"d":true}""", "InvalidSession", true)]
    [InlineData("""{"op":9,"d":false}""", "InvalidSession", false)]
    public async Task Run_ReconnectOrInvalidSession_ClosesKeepingTheSessionAndSaysWhy(string payload, string kind, bool resumable)
    {
        var run = await StartAsync(heartbeatMs: 3_600_000, jitter: 0.5);
        Assert.Equal(2, Op(await _pair.ReceiveOnServerAsync()));

        await _pair.SendFromServerAsync(payload);
        Assert.Null(await _pair.ReceiveOnServerAsync());
        await _pair.Server.CloseOutputAsync(_pair.Server.CloseStatus!.Value, "bye", CancellationToken.None);
        var end = await run.WaitAsync(Wait);

        Assert.Equal((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, _pair.Server.CloseStatus); // not 1000: the session stays
        Assert.Equal(kind, end.Kind.ToString());
        Assert.Equal(resumable, end.Resumable);
    }

    [Fact]
    public async Task Run_AckMissed_ClosesWithAResumableCodeAndReportsTheZombie()
    {
        var run = await StartAsync(heartbeatMs: 1000, jitter: 0);
        var first = Op(await _pair.ReceiveOnServerAsync());
        var second = Op(await _pair.ReceiveOnServerAsync());
        Assert.Equal([1, 2], new[] { first, second }.Order());

        _time.Advance(Second);

        Assert.Null(await _pair.ReceiveOnServerAsync());
        Assert.Equal((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, _pair.Server.CloseStatus);
        var end = await run.WaitAsync(Wait);
        Assert.Equal(GatewayEndKind.Lost, end.Kind);
        Assert.Equal("no heartbeat ACK", end.Reason);
    }

    [Fact]
    public async Task Run_PeerClosesWithACode_ReportsTheCode()
    {
        var run = await StartAsync(heartbeatMs: 3_600_000, jitter: 0.5);
        Assert.Equal(2, Op(await _pair.ReceiveOnServerAsync()));

        await _pair.Server.CloseOutputAsync((WebSocketCloseStatus)4009, "Session timed out", CancellationToken.None);
        var end = await run.WaitAsync(Wait);

        Assert.Equal(GatewayEndKind.Closed, end.Kind);
        Assert.Equal(4009, end.CloseCode);
    }

    [Fact]
    public async Task Run_NoHelloWithinTheHandshakeTimeout_GivesUpOnTheConnection()
    {
        var run = await StartAsync(heartbeatMs: null, jitter: 0);

        _time.Advance(TimeSpan.FromSeconds(20));
        var end = await run.WaitAsync(Wait);

        Assert.Equal(GatewayEndKind.Lost, end.Kind);
        Assert.Equal("no Hello from the gateway", end.Reason);
    }

    /// <summary>Starts the connection and, unless <paramref name="heartbeatMs"/> is null, says Hello.</summary>
    private async Task<Task<GatewayConnectionEnd>> StartAsync(int? heartbeatMs, double jitter)
    {
        var options = new DiscordOptions { Token = FakeDiscord.Token };
        var timings = new DiscordTimings { GatewayHandshakeTimeout = TimeSpan.FromSeconds(20) };
        var socket = new GatewaySocket(_pair.Client, _time);
        var connection = new GatewayConnection(socket, _dispatch, _gate, options, timings, _time, new FixedRandom(jitter), NullLogger.Instance);
        var run = connection.RunAsync(_stop.Token);
        if (heartbeatMs is { } ms)
        {
            await _pair.SendFromServerAsync($$"""{"op":10,"d":{"heartbeat_interval":{{ms}} } }""");
        }

        return run;
    }

    /// <summary>Shutdown: the bot closes with 1000, the peer answers, the run says it stopped.</summary>
    private async Task StopAsync(Task<GatewayConnectionEnd> run)
    {
        await _stop.CancelAsync();
        while (await _pair.ReceiveOnServerAsync() is not null)
        {
        }

        Assert.Equal(WebSocketCloseStatus.NormalClosure, _pair.Server.CloseStatus);
        await _pair.Server.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.True((await run.WaitAsync(Wait)).Stopped);
    }

    private static string Dispatch(long sequence, string type, string data) => $$"""{"op":0,"s":{{sequence}},"t":"{{type}}","d":{{data}} }""";

    private static int Op(string? message)
    {
        Assert.NotNull(message);
        using var document = JsonDocument.Parse(message);
        return document.RootElement.GetProperty("op").GetInt32();
    }
}
