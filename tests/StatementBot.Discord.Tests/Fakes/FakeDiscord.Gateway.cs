using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>The fake Discord's gateway: the handshake, sessions that resume with a replay, and the scripted faults.</summary>
public sealed partial class FakeDiscord
{
    private readonly ConcurrentDictionary<string, FakeSession> _sessions = new();
    private readonly ConcurrentQueue<IReadOnlyList<GatewayStep>> _scripts = new();
    private readonly ConcurrentQueue<GatewayConnectionRecord> _connections = new();
    private volatile FakeSession? _current;
    private int _connectionCount;
    private int _sessionCount;

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var record = new GatewayConnectionRecord(Interlocked.Increment(ref _connectionCount), context.Request.Path, context.Request.QueryString.Value ?? "");
        _connections.Enqueue(record);
        Changed();
        var connection = new FakeGatewayConnection(socket, record, context);
        try
        {
            await RunConnectionAsync(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or TimeoutException)
        {
            // The bot went away or the test ended.
        }
        finally
        {
            Changed();
        }
    }

    private async Task RunConnectionAsync(FakeGatewayConnection connection)
    {
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs }, s = (int?)null, t = (string?)null });
        var reader = ReadLoopAsync(connection);

        // The bot identifies or resumes first.
        var opened = await connection.Opened.Task.WaitAsync(TimeSpan.FromSeconds(5), _shutdown.Token);
        var session = opened.Op == 2 ? await IdentifyAsync(connection, opened.Data) : await ResumeAsync(connection, opened.Data);
        if (session is null)
        {
            return;
        }

        Changed();
        try
        {
            if (_scripts.TryDequeue(out var script))
            {
                foreach (var step in script)
                {
                    if (!await RunStepAsync(connection, session, step))
                    {
                        return;
                    }
                }
            }

            await reader;
        }
        finally
        {
            await DetachAsync(session, connection);
        }
    }

    /// <summary>The connection no longer carries the session: what is numbered from now on waits for a resume.</summary>
    private static async Task DetachAsync(FakeSession session, FakeGatewayConnection connection)
    {
        await session.Sending.WaitAsync();
        if (session.Live == connection)
        {
            session.Live = null;
        }

        session.Sending.Release();
    }

    private async Task<FakeSession?> IdentifyAsync(FakeGatewayConnection connection, JsonElement identify)
    {
        if (identify.GetProperty("token").GetString() != Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return null;
        }

        var session = new FakeSession("session-" + Interlocked.Increment(ref _sessionCount));
        _sessions[session.Id] = session;
        await session.Sending.WaitAsync();
        try
        {
            var ready = session.Next("READY", new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = ApplicationId, ["username"] = BotName, ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume",
                ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
            });
            await connection.SendRawAsync(ready.Json);
            connection.EstablishedSeq = ready.Seq;
            session.Live = connection;
            _current = session;
        }
        finally
        {
            session.Sending.Release();
        }

        return session;
    }

    private async Task<FakeSession?> ResumeAsync(FakeGatewayConnection connection, JsonElement resume)
    {
        var sessionId = resume.GetProperty("session_id").GetString()!;
        var seq = resume.GetProperty("seq").ValueKind == JsonValueKind.Number ? resume.GetProperty("seq").GetInt64() : 0;
        if (resume.GetProperty("token").GetString() != Token || !_sessions.TryGetValue(sessionId, out var session) || session.Invalid)
        {
            await connection.SendAsync(new { op = 9, d = false, s = (int?)null, t = (string?)null });
            await connection.WaitClosedAsync();
            return null;
        }

        await session.Sending.WaitAsync();
        try
        {
            foreach (var missed in session.Replay(seq, ReplayOverlap))
            {
                await connection.SendRawAsync(missed);
            }

            var resumed = session.Next("RESUMED", new JsonObject());
            await connection.SendRawAsync(resumed.Json);
            connection.EstablishedSeq = resumed.Seq;
            session.Live = connection;
        }
        finally
        {
            session.Sending.Release();
        }

        return session;
    }

    /// <summary>Numbers an INTERACTION_CREATE in <paramref name="session"/> and, when <paramref name="send"/>, sends it on the session's connection.</summary>
    /// <returns>False when the session has been invalidated: nothing was numbered.</returns>
    private async Task<bool> DispatchAsync(FakeSession session, JsonNode interaction, bool send)
    {
        await session.Sending.WaitAsync();
        try
        {
            if (session.Invalid)
            {
                return false;
            }

            var (_, json) = session.Next("INTERACTION_CREATE", interaction);
            if (interaction["id"]?.GetValue<string>() is { } id)
            {
                _created.TryAdd(id, DateTimeOffset.UtcNow);
            }

            if (send && session.Live is { } live)
            {
                try
                {
                    await live.SendRawAsync(json);
                }
                catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
                {
                    // Lost with the connection: a resume replays it.
                }
            }

            return true;
        }
        finally
        {
            session.Sending.Release();
        }
    }

    private async Task ReadLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer, _shutdown.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.Record.ClientCloseCode = (int?)connection.Socket.CloseStatus;
                    Changed();
                    if (connection.Socket.State == WebSocketState.CloseReceived)
                    {
                        await connection.Socket.CloseOutputAsync(connection.Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }

                    break;
                }

                connection.Record.SendTimes.Enqueue(DateTimeOffset.UtcNow);
                using var document = JsonDocument.Parse(message.ToArray());
                var op = document.RootElement.GetProperty("op").GetInt32();
                var data = document.RootElement.GetProperty("d").Clone();
                connection.Record.ClientOps.Enqueue(op);
                switch (op)
                {
                    case 1:
                        Interlocked.Increment(ref connection.Record.Heartbeats);
                        connection.OnHeartbeat(data);
                        if (connection.Acking)
                        {
                            await connection.SendAsync(new { op = 11, d = (object?)null, s = (int?)null, t = (string?)null });
                        }

                        break;
                    case 2:
                        connection.Record.Identify = data;
                        connection.Opened.TrySetResult((op, data));
                        break;
                    case 6:
                        connection.Record.Resume = data;
                        connection.Opened.TrySetResult((op, data));
                        break;
                }

                Changed();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            connection.Closed.TrySetResult();
            connection.Opened.TrySetCanceled();
        }
    }
}
