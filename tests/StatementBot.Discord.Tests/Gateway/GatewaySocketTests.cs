using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using StatementBot.Discord.Gateway;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>The websocket under a connection, against a real peer on loopback: whole messages, one send at a time, the close handshake.</summary>
public sealed class GatewaySocketTests
{
    // Only a bound for a failing run: the clock under test is fake; a loaded machine may take long to schedule a read.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReceiveAsync_MessageSplitIntoManyFrames_ComesWhole()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, TimeProvider.System);
        var text = "{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"d\":{\"text\":\"" + new string('é', 20_000) + "\"}}";

        await pair.SendFromServerAsync(text, frameBytes: 1000);
        var received = await socket.ReceiveAsync(CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(text, Encoding.UTF8.GetString(received!));
    }

    [Fact]
    public async Task ReceiveAsync_PeerCloses_ReturnsNullWithThePeersCode()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, TimeProvider.System);

        await pair.Server.CloseOutputAsync((WebSocketCloseStatus)4009, "Session timed out", CancellationToken.None);

        Assert.Null(await socket.ReceiveAsync(CancellationToken.None).WaitAsync(Wait));
        Assert.Equal(4009, socket.CloseStatus);
    }

    [Fact]
    public async Task ReceiveAsync_MessageOverTheCap_IsRefusedInsteadOfBuffered()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, TimeProvider.System);
        var chunk = new byte[1024 * 1024];
        var sending = Task.Run(async () =>
        {
            for (var i = 0; i <= GatewaySocket.MaxMessageBytes / chunk.Length; i++)
            {
                await pair.Server.SendAsync(chunk, WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
            }
        });

        await Assert.ThrowsAsync<InvalidDataException>(() => socket.ReceiveAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        pair.Dispose();
        await Task.WhenAny(sending);
    }

    [Fact]
    public async Task SendAsync_ManyAtOnce_EachArrivesAsItsOwnWholeMessage()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, TimeProvider.System);
        var payloads = Enumerable.Range(0, 50).Select(i => $$"""{"op":1,"d":{{i}},"pad":"{{new string('x', 3000)}}"}""").ToArray();

        await Task.WhenAll(payloads.Select(p => Task.Run(() => socket.SendAsync(Encoding.UTF8.GetBytes(p), CancellationToken.None))));
        var received = new List<string>();
        for (var i = 0; i < payloads.Length; i++)
        {
            received.Add((await pair.ReceiveOnServerAsync())!);
        }

        Assert.Equal(payloads.Order(), received.Order());
    }

    [Fact]
    public async Task CloseAsync_PeerAnswers_SendsTheCodeAndDropsWhatArrivedMeanwhile()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, TimeProvider.System);
        var pending = socket.ReceiveAsync(CancellationToken.None); // a read under way, as at shutdown

        var closing = socket.CloseAsync((WebSocketCloseStatus)4000, "reconnect requested");
        await pair.SendFromServerAsync("""{"op":0,"s":5,"t":"INTERACTION_CREATE","d":{}}""");
        Assert.Null(await pair.ReceiveOnServerAsync());
        await pair.Server.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        await closing.WaitAsync(Wait);

        Assert.Equal((WebSocketCloseStatus)4000, pair.Server.CloseStatus);
        Assert.Equal(WebSocketState.Closed, pair.Client.State);
        Assert.NotNull(await pending); // the dispatch was read by the handshake and never handed on
    }

    [Fact]
    public async Task CloseAsync_PeerNeverAnswers_GivesUpAfterTwoSeconds()
    {
        using var pair = await WebSocketPair.OpenAsync();
        var time = new FakeTimeProvider();
        using var socket = new GatewaySocket(pair.Client, time);

        var closing = socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down");
        Assert.Null(await pair.ReceiveOnServerAsync()); // the close frame went out
        Assert.False(closing.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));

        await closing.WaitAsync(Wait);
    }

    [Fact]
    public async Task CloseAsync_WithoutDrain_ReturnsOnceTheCloseFrameIsSent()
    {
        using var pair = await WebSocketPair.OpenAsync();
        using var socket = new GatewaySocket(pair.Client, new FakeTimeProvider());

        await socket.CloseAsync((WebSocketCloseStatus)4000, "heartbeat ACK missed", drain: false).WaitAsync(Wait);

        Assert.Null(await pair.ReceiveOnServerAsync());
        Assert.Equal((WebSocketCloseStatus)4000, pair.Server.CloseStatus);
    }
}
