using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>The fake gateway's end of one websocket: sends one at a time, knows when the bot identified or resumed and when it closed.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, GatewayConnectionRecord record, HttpContext context)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private long _heartbeatSeq = -1;

    public WebSocket Socket { get; } = socket;

    public GatewayConnectionRecord Record { get; } = record;

    public HttpContext Context { get; } = context;

    public volatile bool Acking = true;

    public TaskCompletionSource<(int Op, JsonElement Data)> Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The sequence number of the READY or RESUMED that established the session on this connection.</summary>
    public long EstablishedSeq { get; set; } = long.MaxValue;

    /// <summary>The highest sequence number the bot's heartbeats have carried: what it has read of the session.</summary>
    public long HeartbeatSeq => Interlocked.Read(ref _heartbeatSeq);

    /// <summary>The bot has read at least the READY or RESUMED of this connection (its heartbeat says so).</summary>
    public bool CaughtUp => HeartbeatSeq >= EstablishedSeq;

    public void OnHeartbeat(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Number && data.TryGetInt64(out var seq))
        {
            long seen;
            while (seq > (seen = Interlocked.Read(ref _heartbeatSeq)) && Interlocked.CompareExchange(ref _heartbeatSeq, seq, seen) != seen)
            {
            }
        }
    }

    /// <summary>Neither side has closed or dropped the connection yet.</summary>
    public bool IsOpen => !Closed.Task.IsCompleted && Socket.State == WebSocketState.Open;

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    public async Task SendRawAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _send.WaitAsync();
        try
        {
            await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }

        await Closed.Task.WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(_ => { });
    }

    /// <summary>Waits for the bot to close (it should, promptly) — and gives up after a few seconds.</summary>
    public Task WaitClosedAsync() => Closed.Task.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
}
