using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>
/// Discord on 127.0.0.1, for tests: the REST routes the bot uses (gateway lookup, command overwrite, interaction
/// callback, <c>@original</c> edits, follow-ups) recorded and answerable with injected faults, and a websocket
/// gateway that speaks the real handshake (Hello, Identify/Resume, READY/RESUMED, heartbeat ACKs, replay of missed
/// events) and runs a script per connection (drops, op 7, op 9, close codes, missed ACKs).
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "FAKE.bot-token.for-tests-only";
    public const string ApplicationId = "223344556677889900";
    public const string BotName = "StatementBot Test";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, Session> _sessions = new();
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();
    private readonly ConcurrentQueue<IReadOnlyList<GatewayStep>> _scripts = new();
    private readonly ConcurrentQueue<GatewayConnectionRecord> _connections = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly SemaphoreSlim _changed = new(0);
    private volatile LiveSession? _live;
    private int _connectionCount;
    private int _sessionCount;
    private long _nextId = 900000000000000000;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    /// <summary>The heartbeat interval sent in Hello: short, so a missed ACK shows within seconds, yet long enough that a busy machine never looks like a zombie.</summary>
    public int HeartbeatIntervalMs { get; set; } = 1000;

    /// <summary>Answers a REST request instead of the default when it returns non-null (one call per request).</summary>
    public Func<RecordedRequest, FakeResponse?>? Intercept { get; set; }

    /// <summary>The status <c>GET /gateway/bot</c> answers (401 to play a revoked token).</summary>
    public int GatewayBotStatus { get; set; } = 200;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<GatewayConnectionRecord> Connections => _connections.ToArray();

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.GatewayAsync);
        app.Map("/resume", fake.GatewayAsync);
        app.Map("/api/v10/{**route}", fake.RestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    /// <summary>The steps for the next connection that establishes a session (one script per connection, in order).</summary>
    public void Script(params GatewayStep[] steps) => _scripts.Enqueue(steps);

    /// <summary>Sends an INTERACTION_CREATE on the current session's connection (waits for one to be established).</summary>
    public async Task PushAsync(string interactionJson)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(5);
        while (_live is null)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("No gateway session to push to.");
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(50));
        }

        var live = _live!;
        await live.Connection.SendRawAsync(live.Session.Next("INTERACTION_CREATE", JsonNode.Parse(interactionJson)!).Json);
    }

    public IReadOnlyList<RecordedRequest> CallbacksFor(string interactionId) =>
        Requests.Where(r => r.IsCallbackFor(interactionId)).ToArray();

    /// <summary>Waits until a request matching <paramref name="predicate"/> has arrived; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            if (Requests.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The expected request never reached the fake Discord. Seen: " +
                    string.Join("; ", Requests.Select(r => $"{r.Method} {r.Path}")) + " | connections: " + string.Join("; ", Connections));
            }

            await _changed.WaitAsync(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
        }
    }

    public Task<RecordedRequest> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null) =>
        WaitForRequestAsync(r => r.IsCallbackFor(interactionId), timeout);

    /// <summary>Waits until <paramref name="condition"/> holds over the connections seen so far.</summary>
    public async Task WaitForConnectionsAsync(Func<IReadOnlyList<GatewayConnectionRecord>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!condition(Connections))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("Gateway connections never reached the expected state: " + string.Join("; ", Connections));
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(50));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _shutdown.CancelAsync();
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopTimeout.Token).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        await _app.DisposeAsync();
        _shutdown.Dispose();
    }

    private void Changed() => _changed.Release();

    // ---------------------------------------------------------------- REST

    private async Task RestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value!["/api/v10".Length..];
        var request = new RecordedRequest(
            context.Request.Method, path,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.Headers.UserAgent.ToString(),
            context.Request.ContentType,
            body,
            DateTimeOffset.UtcNow);
        _requests.Enqueue(request);
        Changed();

        context.Response.Headers["X-RateLimit-Limit"] = "5";
        context.Response.Headers["X-RateLimit-Remaining"] = "4";
        context.Response.Headers["X-RateLimit-Reset-After"] = "1.0";
        context.Response.Headers["X-RateLimit-Bucket"] = "fake-" + Math.Abs(StringComparer.Ordinal.GetHashCode(request.Method + TemplateOf(path)) % 1000);

        var response = Intercept?.Invoke(request) ?? Default(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Json);
        }
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        var bot = request.Authorization == "Bot " + Token;
        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                if (!bot || GatewayBotStatus == 401)
                {
                    return FakeResponse.Error(401, 0, "401: Unauthorized");
                }

                return new FakeResponse(200, JsonSerializer.Serialize(new
                {
                    url = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
                    shards = 1,
                    session_start_limit = new { total = 1000, remaining = 999, reset_after = 14_400_000, max_concurrency = 1 },
                }));

            case ("GET", ["applications", "@me"]):
                return bot ? new FakeResponse(200, $$"""{"id":"{{ApplicationId}}","name":"{{BotName}}"}""") : FakeResponse.Error(401, 0, "401: Unauthorized");

            case ("PUT", ["applications", ApplicationId, "commands"]):
            case ("PUT", ["applications", ApplicationId, "guilds", _, "commands"]):
                if (!bot)
                {
                    return FakeResponse.Error(401, 0, "401: Unauthorized");
                }

                var scope = segments.Length == 5 ? segments[3] : "global";
                var stored = new JsonArray();
                foreach (var command in JsonNode.Parse(request.Body)!.AsArray())
                {
                    var copy = command!.DeepClone().AsObject();
                    copy["id"] = NextId();
                    copy["application_id"] = ApplicationId;
                    copy["version"] = NextId();
                    if (scope != "global")
                    {
                        copy["guild_id"] = scope;
                    }

                    stored.Add(copy);
                }

                _commands[scope] = stored;
                return new FakeResponse(200, stored.ToJsonString());

            case ("GET", ["applications", ApplicationId, "commands"]):
            case ("GET", ["applications", ApplicationId, "guilds", _, "commands"]):
                return new FakeResponse(200, (_commands.TryGetValue(segments.Length == 5 ? segments[3] : "global", out var list) ? list : new JsonArray()).ToJsonString());

            case ("POST", ["interactions", var id, _, "callback"]):
                return _acknowledged.TryAdd(id, true)
                    ? new FakeResponse(204)
                    : FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.");

            case ("PATCH", ["webhooks", ApplicationId, _, "messages", "@original"]):
            case ("POST", ["webhooks", ApplicationId, _]):
                return new FakeResponse(200, $$"""{"id":"{{NextId()}}","channel_id":"1","content":"","type":20}""");

            case ("DELETE", ["webhooks", ApplicationId, _, "messages", "@original"]):
                return new FakeResponse(204);

            default:
                return FakeResponse.Error(404, 0, "404: Not Found");
        }
    }

    private static string TemplateOf(string path) =>
        string.Join('/', path.Split('/').Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? "{id}" : s));

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- Gateway

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
        var connection = new Connection(socket, record, context);
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

    private async Task RunConnectionAsync(Connection connection)
    {
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs }, s = (int?)null, t = (string?)null });
        var reader = ReadLoopAsync(connection);

        // The bot identifies or resumes first.
        var opened = await connection.Opened.Task.WaitAsync(TimeSpan.FromSeconds(5), _shutdown.Token);
        Session session;
        if (opened.Op == 2)
        {
            if (opened.Data.GetProperty("token").GetString() != Token)
            {
                await connection.CloseAsync(4004, "Authentication failed.");
                return;
            }

            session = new Session("session-" + Interlocked.Increment(ref _sessionCount));
            _sessions[session.Id] = session;
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
        }
        else
        {
            var sessionId = opened.Data.GetProperty("session_id").GetString()!;
            var seq = opened.Data.GetProperty("seq").ValueKind == JsonValueKind.Number ? opened.Data.GetProperty("seq").GetInt64() : 0;
            if (opened.Data.GetProperty("token").GetString() != Token || !_sessions.TryGetValue(sessionId, out var found) || found.Invalid)
            {
                await connection.SendAsync(new { op = 9, d = false, s = (int?)null, t = (string?)null });
                await connection.WaitClosedAsync();
                return;
            }

            session = found;
            foreach (var missed in session.After(seq))
            {
                await connection.SendRawAsync(missed.Json);
            }

            await connection.SendRawAsync(session.Next("RESUMED", new JsonObject()).Json);
        }

        _live = new LiveSession(connection, session);
        Changed();
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

    /// <returns>False when the step ended the connection.</returns>
    private async Task<bool> RunStepAsync(Connection connection, Session session, GatewayStep step)
    {
        switch (step)
        {
            case GatewayStep.Dispatch dispatch:
                await connection.SendRawAsync(session.Next("INTERACTION_CREATE", JsonNode.Parse(dispatch.InteractionJson)!).Json);
                return true;
            case GatewayStep.DispatchLost lost:
                session.Next("INTERACTION_CREATE", JsonNode.Parse(lost.InteractionJson)!);
                return true;
            case GatewayStep.Reconnect:
                await connection.SendAsync(new { op = 7, d = (object?)null, s = (int?)null, t = (string?)null });
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.InvalidSession invalid:
                session.Invalid = !invalid.Resumable;
                await connection.SendAsync(new { op = 9, d = invalid.Resumable, s = (int?)null, t = (string?)null });
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.Close close:
                session.Invalid = close.Code is 4007 or 4009;
                await connection.CloseAsync(close.Code, "scripted close");
                return false;
            case GatewayStep.Drop:
                connection.Context.Abort();
                return false;
            case GatewayStep.StopAcking:
                connection.Acking = false;
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.RequestHeartbeat:
                await connection.SendAsync(new { op = 1, d = (object?)null, s = (int?)null, t = (string?)null });
                return true;
            case GatewayStep.Wait wait:
                await Task.Delay(wait.Milliseconds, _shutdown.Token);
                return true;
            case GatewayStep.WaitForCallback callback:
                await WaitForCallbackAsync(callback.InteractionId);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "unknown step");
        }
    }

    private async Task ReadLoopAsync(Connection connection)
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

                using var document = JsonDocument.Parse(message.ToArray());
                var op = document.RootElement.GetProperty("op").GetInt32();
                var data = document.RootElement.GetProperty("d").Clone();
                connection.Record.ClientOps.Enqueue(op);
                switch (op)
                {
                    case 1:
                        Interlocked.Increment(ref connection.Record.Heartbeats);
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

    private sealed class Connection(WebSocket socket, GatewayConnectionRecord record, HttpContext context)
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public GatewayConnectionRecord Record { get; } = record;

        public HttpContext Context { get; } = context;

        public volatile bool Acking = true;

        public TaskCompletionSource<(int Op, JsonElement Data)> Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    private sealed record LiveSession(Connection Connection, Session Session);

    private sealed class Session(string id)
    {
        private readonly List<(long Seq, string Json)> _events = [];
        private long _seq;

        public string Id { get; } = id;

        public bool Invalid { get; set; }

        public (long Seq, string Json) Next(string type, JsonNode data)
        {
            lock (_events)
            {
                var seq = ++_seq;
                var json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = type, ["d"] = data }.ToJsonString();
                _events.Add((seq, json));
                return (seq, json);
            }
        }

        public IReadOnlyList<(long Seq, string Json)> After(long seq)
        {
            lock (_events)
            {
                return _events.Where(e => e.Seq > seq).ToArray();
            }
        }
    }
}
