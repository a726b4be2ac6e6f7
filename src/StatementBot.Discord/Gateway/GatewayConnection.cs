using System.Net.WebSockets;

namespace StatementBot.Discord.Gateway;

/// <summary>The state of one websocket connection to the gateway: its socket, send lock and limit, and heartbeat bookkeeping.</summary>
internal sealed class GatewayConnection(ClientWebSocket socket, CancellationTokenSource cancellation)
{
    public ClientWebSocket Socket { get; } = socket;

    /// <summary>Cancelled when the connection ends for any reason (shutdown, zombie, close).</summary>
    public CancellationTokenSource Cancellation { get; } = cancellation;

    public SemaphoreSlim SendLock { get; } = new(1, 1);

    public GatewaySendLimiter Limiter { get; } = new();

    /// <summary>A receive still running when shutdown began; the close handshake finishes it.</summary>
    public Task<byte[]?>? PendingReceive { get; set; }

    public volatile bool AckReceived;
    public volatile bool HeartbeatSent;
    public volatile bool Zombied;

    /// <summary>READY or RESUMED arrived: the reconnect back-off starts over.</summary>
    public volatile bool Established;
}
