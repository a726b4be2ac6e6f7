using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rest;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// A gateway connection in the manner of Discord.Net's <c>DiscordSocketClient</c>, reduced to what an
/// interactions bot needs: <c>GET /gateway/bot</c>, Hello, heartbeats with jitter, Identify (intents 0) or Resume,
/// READY, and <c>INTERACTION_CREATE</c> raised as <see cref="InteractionCreated"/>. It resumes on op 7, op 9
/// (resumable), a missed heartbeat ACK, a drop or a resumable close code; identifies afresh when the session is
/// gone; and stops with <see cref="GatewayFatalException"/> on 4004 and 4010–4014.
/// </summary>
public sealed class DiscordSocketClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    IOptions<DiscordTimings> timings,
    ILogger<DiscordSocketClient> logger,
    TimeProvider time)
{
    public const int ApiVersion = 10;

    /// <summary>INTERACTION_CREATE belongs to no intent: a slash-command bot needs none (FACTS §7).</summary>
    public const int Intents = 0;

    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private const int RecentInteractions = 1000;

    private readonly DiscordOptions _options = options.Value;
    private readonly DiscordTimings _timings = timings.Value;
    private readonly Queue<string> _recentOrder = new();
    private readonly HashSet<string> _recent = new(StringComparer.Ordinal);

    private GatewaySession? _session;
    private long? _sequence;
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private SessionStartLimit? _startLimit;

    /// <summary>An interaction arrived, with the <see cref="Stopwatch"/> timestamp of its arrival. Handlers should return quickly.</summary>
    public event Func<DiscordInteraction, long, Task>? InteractionCreated;

    /// <summary>A new session started (not raised on resume).</summary>
    public event Func<ReadyInfo, Task>? Ready;

    /// <summary>Connects and stays connected until <paramref name="stoppingToken"/> fires (then closes with 1000).</summary>
    /// <exception cref="GatewayFatalException">The gateway refused the bot for good.</exception>
    /// <exception cref="DiscordHttpException"><c>GET /gateway/bot</c> failed (401 means a bad token).</exception>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var info = await rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
        _startLimit = info.SessionStartLimit;
        logger.LogInformation("Gateway at {GatewayUrl}; Discord recommends {Shards} shard(s); {Remaining} of {Total} session starts left",
            info.Url, info.Shards, info.SessionStartLimit.Remaining, info.SessionStartLimit.Total);
        if (info.Shards > _options.ShardCount)
        {
            logger.LogWarning("Running {ShardCount} shard(s) where Discord recommends {Shards}", _options.ShardCount, info.Shards);
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var end = await RunConnectionAsync(info.Url, stoppingToken).ConfigureAwait(false);
            if (end.Stopped)
            {
                return;
            }

            if (end.Action == GatewayCloseAction.Fatal)
            {
                throw new GatewayFatalException(end.Reason, end.CloseCode);
            }

            if (end.Action == GatewayCloseAction.Reidentify)
            {
                _session = null;
                _sequence = null;
            }

            failures = end.Established ? 0 : failures + 1;
            var delay = failures == 0 ? end.Delay : Max(end.Delay, Backoff(failures));
            logger.LogInformation("Gateway connection ended ({Reason}); {Next} in {DelayMs} ms",
                end.Reason, _session is null ? "identifying" : "resuming", (int)delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<GatewayConnectionEnd> RunConnectionAsync(string gatewayUrl, CancellationToken stoppingToken)
    {
        var resuming = _session is not null;
        var url = GatewayUri(_session?.ResumeGatewayUrl ?? gatewayUrl);
        using var socket = new ClientWebSocket();
        using var connection = new CancellationTokenSource();
        var state = new GatewayConnection(socket, connection);

        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            connectTimeout.CancelAfter(_timings.GatewayHandshakeTimeout);
            await socket.ConnectAsync(url, connectTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException)
        {
            return stoppingToken.IsCancellationRequested ? GatewayConnectionEnd.Stop : Lost($"could not connect: {ex.Message}");
        }

        var stopped = Task.Delay(Timeout.Infinite, stoppingToken);
        var hello = await ReceiveAsync(state, stopped, _timings.GatewayHandshakeTimeout).ConfigureAwait(false);
        if (hello.Stopped)
        {
            await CloseAsync(state, WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
            return GatewayConnectionEnd.Stop;
        }

        if (hello.Payload is not { } helloPayload || helloPayload.Op != GatewayOpCode.Hello ||
            !helloPayload.Data.TryGetProperty("heartbeat_interval", out var intervalElement) || !intervalElement.TryGetDouble(out var intervalMs) || intervalMs <= 0)
        {
            return hello.CloseCode is { } code ? Closed(code) : Lost("no Hello from the gateway");
        }

        var interval = TimeSpan.FromMilliseconds(intervalMs);
        logger.LogDebug("Hello: heartbeat every {IntervalMs} ms", (int)intervalMs);
        var heartbeat = HeartbeatAsync(state, interval);
        try
        {
            // The receive loop runs from the first frame: heartbeat ACKs are read while the bot waits for its identify
            // slot, so a short heartbeat interval never makes a live connection look dead.
            var receiving = ReceiveLoopAsync(state, stopped);
            if (resuming)
            {
                await SendAsync(state, Serialize(GatewayOpCode.Resume, new GatewayResume(_options.Token!, _session!.SessionId, _sequence)), heartbeat: false).ConfigureAwait(false);
                logger.LogInformation("Resuming session at sequence {Sequence}", _sequence);
            }
            else
            {
                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, connection.Token);
                var slot = WaitForIdentifySlotAsync(waiting.Token);
                if (await Task.WhenAny(slot, receiving).ConfigureAwait(false) == receiving)
                {
                    // The connection ended (closed, stopped) before the slot came: nothing was identified.
                    await waiting.CancelAsync().ConfigureAwait(false);
                    await Task.WhenAny(slot).ConfigureAwait(false);
                    return await receiving.ConfigureAwait(false);
                }

                await slot.ConfigureAwait(false);
                var properties = new GatewayIdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "statementbot", "statementbot");
                var identify = new GatewayIdentify(_options.Token!, Intents, properties, [_options.ShardId, _options.ShardCount]);
                await SendAsync(state, Serialize(GatewayOpCode.Identify, identify), heartbeat: false).ConfigureAwait(false);
                // The slot counts as used only once the identify is sent.
                MarkIdentified();
                logger.LogInformation("Identifying as shard [{ShardId}, {ShardCount}]", _options.ShardId, _options.ShardCount);
            }

            return await receiving.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException && !stoppingToken.IsCancellationRequested)
        {
            return state.Zombied ? Lost("no heartbeat ACK", state.Established) : Lost($"connection failed: {ex.Message}", state.Established);
        }
        catch (OperationCanceledException)
        {
            return GatewayConnectionEnd.Stop;
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private async Task<GatewayConnectionEnd> ReceiveLoopAsync(GatewayConnection state, Task stopped)
    {
        while (true)
        {
            var received = await ReceiveAsync(state, stopped, Timeout.InfiniteTimeSpan).ConfigureAwait(false);
            if (received.Stopped)
            {
                logger.LogInformation("Closing the gateway connection (shutting down)");
                await CloseAsync(state, WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
                return GatewayConnectionEnd.Stop;
            }

            if (received.Payload is not { } payload)
            {
                if (state.Zombied)
                {
                    return Lost("no heartbeat ACK", state.Established);
                }

                return received.CloseCode is { } code ? Closed(code, state.Established) : Lost("connection dropped", state.Established);
            }

            switch (payload.Op)
            {
                case GatewayOpCode.Dispatch:
                    if (payload.Sequence is { } sequence)
                    {
                        _sequence = sequence;
                    }

                    await OnDispatchAsync(state, payload, received.At).ConfigureAwait(false);
                    break;

                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync(state).ConfigureAwait(false);
                    break;

                case GatewayOpCode.HeartbeatAck:
                    state.AckReceived = true;
                    break;

                case GatewayOpCode.Reconnect:
                    await CloseAsync(state, (WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "reconnect requested").ConfigureAwait(false);
                    return new GatewayConnectionEnd(GatewayCloseAction.Resume, "Discord asked to reconnect (op 7)", null, state.Established, TimeSpan.Zero);

                case GatewayOpCode.InvalidSession:
                    var resumable = payload.Data.ValueKind == JsonValueKind.True;
                    await CloseAsync(state, (WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "invalid session").ConfigureAwait(false);
                    return resumable
                        ? new GatewayConnectionEnd(GatewayCloseAction.Resume, "invalid session, resumable (op 9)", null, state.Established, TimeSpan.Zero)
                        : new GatewayConnectionEnd(GatewayCloseAction.Reidentify, "invalid session (op 9)", null, state.Established, InvalidSessionDelay());

                default:
                    logger.LogDebug("Ignoring gateway op {Op}", (int)payload.Op);
                    break;
            }
        }
    }

    private async Task OnDispatchAsync(GatewayConnection state, GatewayPayload payload, long receivedAt)
    {
        switch (payload.Event)
        {
            case "READY":
                if (Text(payload.Data, "session_id") is not { } sessionId || Text(payload.Data, "resume_gateway_url") is not { } resumeUrl)
                {
                    logger.LogWarning("READY without session_id or resume_gateway_url; the session cannot be resumed");
                    state.Established = true;
                    break;
                }

                var applicationId = payload.Data.TryGetProperty("application", out var app) ? Text(app, "id") : null;
                var botName = payload.Data.TryGetProperty("user", out var user) ? Text(user, "username") : null;
                _session = new GatewaySession(sessionId, resumeUrl);
                state.Established = true;
                logger.LogInformation("Connected to Discord as {BotName} (session {SessionId})", botName ?? "the bot", sessionId);
                if (Ready is { } ready)
                {
                    await ready(new ReadyInfo(sessionId, resumeUrl, applicationId, botName)).ConfigureAwait(false);
                }

                break;

            case "RESUMED":
                state.Established = true;
                logger.LogInformation("Resumed the session at sequence {Sequence}", _sequence);
                break;

            case "INTERACTION_CREATE":
                // The same reading as the HTTP endpoint's: only id, token and type are required.
                var interaction = InteractionParser.Parse(payload.Data);
                if (interaction is null)
                {
                    logger.LogWarning("Skipping an INTERACTION_CREATE without an id, a token or a type");
                    break;
                }

                if (!FirstTime(interaction.Id))
                {
                    break;
                }

                if (InteractionCreated is { } handler)
                {
                    await handler(interaction, receivedAt).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task HeartbeatAsync(GatewayConnection state, TimeSpan interval)
    {
        var token = state.Cancellation.Token;
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (state.HeartbeatSent && !state.AckReceived)
                {
                    logger.LogWarning("No heartbeat ACK within {IntervalMs} ms; reconnecting to resume", (int)interval.TotalMilliseconds);
                    state.Zombied = true;
                    await CloseAsync(state, (WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "heartbeat ACK missed", drain: false).ConfigureAwait(false);
                    await state.Cancellation.CancelAsync().ConfigureAwait(false);
                    return;
                }

                state.AckReceived = false;
                state.HeartbeatSent = true;
                await SendHeartbeatAsync(state).ConfigureAwait(false);
                await Task.Delay(interval, time, token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private Task SendHeartbeatAsync(GatewayConnection state)
    {
        var sequence = _sequence is { } s ? s.ToString(CultureInfo.InvariantCulture) : "null";
        return SendAsync(state, Encoding.UTF8.GetBytes($$"""{"op":1,"d":{{sequence}}}"""), heartbeat: true);
    }

    private async Task SendAsync(GatewayConnection state, byte[] payload, bool heartbeat)
    {
        if (payload.Length > DiscordLimits.GatewayPayloadBytes)
        {
            // Discord would close the connection with 4002; better to drop the one payload and say so.
            logger.LogError("Not sending a {Bytes}-byte gateway payload (limit {Limit})", payload.Length, DiscordLimits.GatewayPayloadBytes);
            return;
        }

        var token = state.Cancellation.Token;
        if (!heartbeat)
        {
            TimeSpan wait;
            while ((wait = state.Limiter.TryTake(time.GetUtcNow())) > TimeSpan.Zero)
            {
                logger.LogWarning("Gateway send limit reached; waiting {WaitMs} ms", (int)wait.TotalMilliseconds);
                await Task.Delay(wait, time, token).ConfigureAwait(false);
            }
        }

        await state.SendLock.WaitAsync(token).ConfigureAwait(false);
        try
        {
            await state.Socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, token).ConfigureAwait(false);
        }
        finally
        {
            state.SendLock.Release();
        }
    }

    /// <summary>The next message, the close code when the peer closed, or <c>Stopped</c> when shutdown began first.</summary>
    private async Task<GatewayReceived> ReceiveAsync(GatewayConnection state, Task stopped, TimeSpan timeout)
    {
        var receive = ReceiveMessageAsync(state.Socket, state.Cancellation.Token);
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(state.Cancellation.Token);
        var timer = timeout == Timeout.InfiniteTimeSpan ? null : Task.Delay(timeout, time, timerCancellation.Token);
        var first = timer is null
            ? await Task.WhenAny(receive, stopped).ConfigureAwait(false)
            : await Task.WhenAny(receive, stopped, timer).ConfigureAwait(false);
        await timerCancellation.CancelAsync().ConfigureAwait(false);
        if (first == stopped)
        {
            state.PendingReceive = receive;
            return GatewayReceived.Stop;
        }

        if (first == timer)
        {
            await state.Cancellation.CancelAsync().ConfigureAwait(false);
            ObserveQuietly(receive);
            return new GatewayReceived(null, null, false, 0);
        }

        try
        {
            var bytes = await receive.ConfigureAwait(false);
            var at = Stopwatch.GetTimestamp();
            if (bytes is null)
            {
                return new GatewayReceived(null, (int?)state.Socket.CloseStatus, false, at);
            }

            return new GatewayReceived(GatewayPayload.Parse(bytes), null, false, at);
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

    private static async Task<byte[]?> ReceiveMessageAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidDataException($"gateway message over {MaxMessageBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    /// <summary>Sends a close frame and, when asked, waits briefly for the peer's; events read meanwhile are not acknowledged, so a resume replays them.</summary>
    private async Task CloseAsync(GatewayConnection state, WebSocketCloseStatus status, string reason, bool drain = true)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await state.SendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (state.Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await state.Socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                state.SendLock.Release();
            }

            if (drain)
            {
                var pending = state.PendingReceive ?? Task.FromResult<byte[]?>([]);
                while (await pending.WaitAsync(timeout.Token).ConfigureAwait(false) is not null)
                {
                    pending = ReceiveMessageAsync(state.Socket, timeout.Token);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidDataException or TimeoutException)
        {
            // The peer did not complete the close handshake; disposing the socket ends the connection anyway.
        }
    }

    private async Task WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        var maxConcurrency = Math.Max(1, _startLimit?.MaxConcurrency ?? 1);
        var next = _lastIdentify + (_timings.IdentifyWindow / maxConcurrency);
        var now = time.GetUtcNow();
        if (now < next)
        {
            await Task.Delay(next - now, time, cancellationToken).ConfigureAwait(false);
        }

        if (_startLimit is { Remaining: <= 0 } limit)
        {
            // Identifying past the daily limit would get the token reset (FACTS §7): wait for the window instead.
            logger.LogWarning("No session starts left today; waiting {Minutes} minutes before identifying", (int)TimeSpan.FromMilliseconds(limit.ResetAfter).TotalMinutes);
            await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, cancellationToken).ConfigureAwait(false);
            _startLimit = (await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false)).SessionStartLimit;
        }

    }

    private void MarkIdentified()
    {
        _lastIdentify = time.GetUtcNow();
        if (_startLimit is { } start)
        {
            _startLimit = start with { Remaining = start.Remaining - 1 };
        }
    }

    private bool FirstTime(string interactionId)
    {
        if (!_recent.Add(interactionId))
        {
            logger.LogDebug("Skipping interaction {InteractionId}: already received", interactionId);
            return false;
        }

        _recentOrder.Enqueue(interactionId);
        if (_recentOrder.Count > RecentInteractions)
        {
            _recent.Remove(_recentOrder.Dequeue());
        }

        return true;
    }

    private GatewayConnectionEnd Lost(string reason, bool established = false) =>
        new(_session is null ? GatewayCloseAction.Reidentify : GatewayCloseAction.Resume, reason, null, established, TimeSpan.Zero);

    private GatewayConnectionEnd Closed(int code, bool established = false)
    {
        var action = GatewayCloseCodes.Classify(code);
        if (action == GatewayCloseAction.Resume && _session is null)
        {
            action = GatewayCloseAction.Reidentify;
        }

        var reason = action == GatewayCloseAction.Fatal ? GatewayCloseCodes.FatalMessage(code) : $"closed with code {code}";
        return new GatewayConnectionEnd(action, reason, code, established, TimeSpan.Zero);
    }

    private TimeSpan Backoff(int failures)
    {
        var ms = Math.Min(_timings.ReconnectMaxDelay.TotalMilliseconds, _timings.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16)));
        return TimeSpan.FromMilliseconds(ms * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private TimeSpan InvalidSessionDelay()
    {
        var min = _timings.InvalidSessionMinDelay.TotalMilliseconds;
        var max = Math.Max(min, _timings.InvalidSessionMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(min + (Random.Shared.NextDouble() * (max - min)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = $"v={ApiVersion}&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    private static byte[] Serialize<T>(GatewayOpCode op, T data) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayOutgoing<T>((int)op, data), DiscordJson.Options);

    private static void ObserveQuietly(Task task) =>
        task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
