using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>
/// Discord on 127.0.0.1, for tests: the REST routes the bot uses (gateway lookup, command overwrite, interaction
/// callback, <c>@original</c> edits, follow-ups, messages posted in a channel) recorded and answerable with injected faults, and a websocket
/// gateway that speaks the real handshake (Hello, Identify/Resume, READY/RESUMED, heartbeat ACKs, replay of missed
/// events) and runs a script per connection (drops, op 7, op 9, close codes, missed ACKs) or a fault on demand.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string Token = "FAKE.bot-token.for-tests-only";
    public const string ApplicationId = "223344556677889900";
    public const string BotName = "StatementBot Test";

    /// <summary>Discord's deadline for the first answer to an interaction, and how long its token takes edits and follow-ups.</summary>
    public static readonly TimeSpan CallbackDeadline = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<AnsweredRequest> _answers = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _created = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly SemaphoreSlim _changed = new(0);

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

    /// <summary>Refuse what Discord refuses: a callback later than <see cref="CallbackDeadline"/> after the interaction was created (10062), an edit or follow-up after <see cref="TokenLifetime"/> (10015).</summary>
    public bool EnforceDeadlines { get; set; }

    /// <summary>How many interactions the bot already had a resume sends again before the missed events.</summary>
    public int ReplayOverlap { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Every REST request with what the fake answered, in the order the answers were decided.</summary>
    public IReadOnlyList<AnsweredRequest> Answers => _answers.ToArray();

    public IReadOnlyList<GatewayConnectionRecord> Connections => _connections.ToArray();

    /// <summary>When each interaction sent over the gateway was created (first numbered in a session).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Created => _created;

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
        while (_current is not { Live: not null } session || !await DispatchAsync(session, JsonNode.Parse(interactionJson)!, send: true))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("No gateway session to push to.");
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>
    /// Creates an interaction as a user would: in the current session, sent at once when the session is connected,
    /// else kept for the resume to replay. While no session can take it (between an invalid session and the next
    /// READY), it waits, as a user would find the bot offline.
    /// </summary>
    public async Task CreateInteractionAsync(string interactionJson, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (_current is not { Invalid: false } session || !await DispatchAsync(session, JsonNode.Parse(interactionJson)!, send: true))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("No gateway session to create the interaction in: " + string.Join("; ", Connections));
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(20));
        }
    }

    /// <summary>
    /// Runs one fault (op 7, op 9, a close, a drop, missed ACKs, heartbeat requests) on the connection the session is
    /// live on now, once the bot has caught up with it: a fault that struck before the bot read READY would lose the
    /// session's first events where no client could have seen them (an op 1 asks for the heartbeat that tells).
    /// </summary>
    public async Task RunOnLiveAsync(GatewayStep step, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        FakeGatewayConnection? asked = null;
        while (true)
        {
            if (_current is { Invalid: false, Live: { IsOpen: true, CaughtUp: false } behind } && asked != behind)
            {
                asked = behind;
                await behind.SendAsync(new { op = 1, d = (object?)null, s = (int?)null, t = (string?)null }).ContinueWith(_ => { });
            }

            if (_current is { Invalid: false, Live: { IsOpen: true, CaughtUp: true } live } session)
            {
                var open = false;
                try
                {
                    open = await RunStepAsync(live, session, step);
                }
                catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
                {
                    // The connection ended while the fault was under way: it has had its effect.
                }

                if (!open)
                {
                    await DetachAsync(session, live);
                }

                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("No live gateway connection to run the fault on: " + string.Join("; ", Connections));
            }

            await _changed.WaitAsync(TimeSpan.FromMilliseconds(20));
        }
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

    // Wakes the waiters; a count that only grows would make every later wait return at once.
    private void Changed()
    {
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }
}
