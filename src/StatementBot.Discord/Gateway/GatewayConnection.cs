using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StatementBot.Discord.Configuration;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// The protocol of one gateway connection, from Hello to close: starts the heartbeat, reads every frame from the first
/// one on (so heartbeat ACKs are read while the identify waits for its slot), sends Resume or — once the
/// <see cref="GatewayIdentifyGate"/> allows — Identify, hands dispatches to <see cref="GatewayDispatch"/>, and says
/// how the connection ended. Every send goes through the connection's <see cref="GatewaySendLimiter"/>.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySocket socket,
    GatewayDispatch dispatch,
    GatewayIdentifyGate gate,
    DiscordOptions options,
    DiscordTimings timings,
    TimeProvider time,
    Random random,
    ILogger logger)
{
    private readonly CancellationTokenSource _connection = new();
    private readonly GatewaySendLimiter _limiter = new();
    private GatewayHeartbeat? _heartbeat;
    private volatile bool _established;
    private volatile bool _zombied;

    /// <summary>Runs the connection until it ends; on <paramref name="stoppingToken"/> it closes with 1000.</summary>
    public async Task<GatewayConnectionEnd> RunAsync(CancellationToken stoppingToken)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopping = stoppingToken.Register(() => stop.TrySetResult());
        using var _ = _connection;
        var hello = await ReceiveAsync(stop.Task, timings.GatewayHandshakeTimeout).ConfigureAwait(false);
        if (hello.Stopped)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
            return GatewayConnectionEnd.Stop;
        }

        if (GatewayMessages.HeartbeatInterval(hello.Payload) is not { } interval)
        {
            return hello.CloseCode is { } code ? GatewayConnectionEnd.Closed(code) : GatewayConnectionEnd.Lost("no Hello from the gateway");
        }

        logger.LogDebug("Hello: heartbeat every {IntervalMs} ms", (int)interval.TotalMilliseconds);
        _heartbeat = new GatewayHeartbeat(interval, time, random, token => SendAsync(GatewayMessages.Heartbeat(dispatch.Sequence), heartbeat: true, token));
        var beating = WatchHeartbeatAsync(_heartbeat);
        try
        {
            var receiving = ReceiveLoopAsync(stop.Task);
            if (dispatch.Session is { } session)
            {
                logger.LogInformation("Resuming session at sequence {Sequence}", dispatch.Sequence);
                await SendAsync(GatewayMessages.Resume(options, session, dispatch.Sequence), heartbeat: false, _connection.Token).ConfigureAwait(false);
            }
            else
            {
                await IdentifyAsync(receiving, stoppingToken).ConfigureAwait(false);
            }

            return await receiving.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException && !stoppingToken.IsCancellationRequested)
        {
            return GatewayConnectionEnd.Lost(_zombied ? "no heartbeat ACK" : $"connection failed: {ex.Message}", _established);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return GatewayConnectionEnd.Stop;
        }
        finally
        {
            await _connection.CancelAsync().ConfigureAwait(false);
            await beating.ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the identify slot while frames are read, then identifies; a connection that ends first identifies nothing.</summary>
    private async Task IdentifyAsync(Task receiving, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _connection.Token);
        var slot = gate.WaitAsync(waiting.Token);
        if (await Task.WhenAny(slot, receiving).ConfigureAwait(false) == receiving)
        {
            await waiting.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(slot).ConfigureAwait(false);
            return;
        }

        await slot.ConfigureAwait(false);
        logger.LogInformation("Identifying as shard [{ShardId}, {ShardCount}]", options.ShardId, options.ShardCount);
        await SendAsync(GatewayMessages.Identify(options), heartbeat: false, _connection.Token).ConfigureAwait(false);
        gate.MarkUsed(); // only once the identify is sent
    }

    private async Task<GatewayConnectionEnd> ReceiveLoopAsync(Task stopped)
    {
        while (true)
        {
            var received = await ReceiveAsync(stopped, Timeout.InfiniteTimeSpan).ConfigureAwait(false);
            if (received.Stopped)
            {
                logger.LogInformation("Closing the gateway connection (shutting down)");
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
                return GatewayConnectionEnd.Stop;
            }

            if (received.Payload is not { } payload)
            {
                return _zombied ? GatewayConnectionEnd.Lost("no heartbeat ACK", _established)
                    : received.CloseCode is { } code ? GatewayConnectionEnd.Closed(code, _established)
                    : GatewayConnectionEnd.Lost("connection dropped", _established);
            }

            switch (payload.Op)
            {
                case GatewayOpCode.Dispatch:
                    _established |= await dispatch.HandleAsync(payload, received.At).ConfigureAwait(false);
                    break;

                case GatewayOpCode.Heartbeat:
                    _heartbeat!.Request();
                    break;

                case GatewayOpCode.HeartbeatAck:
                    _heartbeat!.Acknowledge();
                    break;

                case GatewayOpCode.Reconnect:
                    await socket.CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "reconnect requested").ConfigureAwait(false);
                    return GatewayConnectionEnd.Reconnect(_established);

                case GatewayOpCode.InvalidSession:
                    await socket.CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "invalid session").ConfigureAwait(false);
                    return GatewayConnectionEnd.InvalidSession(payload.Data.ValueKind == JsonValueKind.True, _established);

                default:
                    logger.LogDebug("Ignoring gateway op {Op}", (int)payload.Op);
                    break;
            }
        }
    }

    private async Task WatchHeartbeatAsync(GatewayHeartbeat heartbeat)
    {
        if (await heartbeat.RunAsync(_connection.Token).ConfigureAwait(false))
        {
            logger.LogWarning("No heartbeat ACK within {IntervalMs} ms; reconnecting to resume", (int)heartbeat.Interval.TotalMilliseconds);
            _zombied = true;
            await socket.CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "heartbeat ACK missed", drain: false).ConfigureAwait(false);
            await _connection.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task SendAsync(byte[] payload, bool heartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > DiscordLimits.GatewayPayloadBytes)
        {
            // Discord would close the connection with 4002; better to drop the one payload and say so.
            logger.LogError("Not sending a {Bytes}-byte gateway payload (limit {Limit})", payload.Length, DiscordLimits.GatewayPayloadBytes);
            return;
        }

        TimeSpan wait;
        while ((wait = _limiter.TryTake(time.GetUtcNow(), heartbeat)) > TimeSpan.Zero)
        {
            logger.LogWarning("Gateway send limit reached; waiting {WaitMs} ms", (int)wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        await socket.SendAsync(payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next message, the close code when the peer closed, or <c>Stopped</c> when shutdown began first.</summary>
    private async Task<GatewayReceived> ReceiveAsync(Task stopped, TimeSpan timeout)
    {
        var receive = socket.ReceiveAsync(_connection.Token);
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(_connection.Token);
        var timer = timeout == Timeout.InfiniteTimeSpan ? null : Task.Delay(timeout, time, timerCancellation.Token);
        var first = timer is null
            ? await Task.WhenAny(receive, stopped).ConfigureAwait(false)
            : await Task.WhenAny(receive, stopped, timer).ConfigureAwait(false);
        await timerCancellation.CancelAsync().ConfigureAwait(false);
        if (first == stopped)
        {
            return GatewayReceived.Stop; // the read stays under way; the close handshake finishes it
        }

        if (first == timer)
        {
            await _connection.CancelAsync().ConfigureAwait(false);
            return new GatewayReceived(null, null, false, 0);
        }

        try
        {
            var bytes = await receive.ConfigureAwait(false);
            var at = Stopwatch.GetTimestamp();
            return bytes is null
                ? new GatewayReceived(null, socket.CloseStatus, false, at)
                : new GatewayReceived(GatewayPayload.Parse(bytes), null, false, at);
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidDataException or JsonException or OperationCanceledException)
        {
            if (ex is JsonException or InvalidDataException)
            {
                logger.LogWarning("Unreadable gateway message: {Error}", ex.Message);
            }

            return new GatewayReceived(null, null, false, Stopwatch.GetTimestamp());
        }
    }
}
