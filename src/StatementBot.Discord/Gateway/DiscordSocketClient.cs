using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// A gateway connection in the manner of Discord.Net's <c>DiscordSocketClient</c>, reduced to what an interactions
/// bot needs: <c>GET /gateway/bot</c>, then one <see cref="GatewayConnection"/> after another for as long as the bot
/// runs. What follows each one is the <see cref="GatewayReconnectPolicy"/>'s call: resume on op 7, op 9 (resumable),
/// a missed heartbeat ACK, a drop or a resumable close code; identify afresh when the session is gone; stop with
/// <see cref="GatewayFatalException"/> on 4004 and 4010–4014. <c>INTERACTION_CREATE</c> is raised as
/// <see cref="InteractionCreated"/>, once per interaction.
/// </summary>
public sealed class DiscordSocketClient
{
    public const int ApiVersion = 10;

    /// <summary>INTERACTION_CREATE belongs to no intent: a slash-command bot needs none (FACTS §7).</summary>
    public const int Intents = 0;

    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly DiscordTimings _timings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly GatewayReconnectPolicy _policy;
    private readonly GatewayIdentifyGate _gate;
    private readonly GatewayDispatch _dispatch;

    public DiscordSocketClient(DiscordRestClient rest, IOptions<DiscordOptions> options, IOptions<DiscordTimings> timings, ILogger<DiscordSocketClient> logger, TimeProvider time)
        : this(rest, options, timings, logger, time, Random.Shared)
    {
    }

    /// <param name="random">The jitter of heartbeats and reconnect waits; tests pass a fixed one.</param>
    internal DiscordSocketClient(DiscordRestClient rest, IOptions<DiscordOptions> options, IOptions<DiscordTimings> timings, ILogger<DiscordSocketClient> logger, TimeProvider time, Random random)
    {
        _rest = rest;
        _options = options.Value;
        _timings = timings.Value;
        _logger = logger;
        _time = time;
        _random = random;
        _policy = new GatewayReconnectPolicy(_timings, random);
        _gate = new GatewayIdentifyGate(_timings.IdentifyWindow, time, async token => (await rest.GetGatewayBotAsync(token).ConfigureAwait(false)).SessionStartLimit, logger);
        _dispatch = new GatewayDispatch(logger);
    }

    /// <summary>An interaction arrived, with the <see cref="Stopwatch"/> timestamp of its arrival. Handlers should return quickly.</summary>
    public event Func<DiscordInteraction, long, Task>? InteractionCreated
    {
        add => _dispatch.InteractionCreated += value;
        remove => _dispatch.InteractionCreated -= value;
    }

    /// <summary>A new session started (not raised on resume).</summary>
    public event Func<ReadyInfo, Task>? Ready
    {
        add => _dispatch.Ready += value;
        remove => _dispatch.Ready -= value;
    }

    /// <summary>Connects and stays connected until <paramref name="stoppingToken"/> fires (then closes with 1000).</summary>
    /// <exception cref="GatewayFatalException">The gateway refused the bot for good.</exception>
    /// <exception cref="DiscordHttpException"><c>GET /gateway/bot</c> failed (401 means a bad token).</exception>
    /// <summary>True while a connection to the gateway is open (for <c>/healthz</c>).</summary>
    public bool IsConnected => Volatile.Read(ref _connected);

    private bool _connected;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var info = await _rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
        _gate.Limit = info.SessionStartLimit;
        _logger.LogInformation("Gateway at {GatewayUrl}; Discord recommends {Shards} shard(s); {Remaining} of {Total} session starts left",
            info.Url, info.Shards, info.SessionStartLimit.Remaining, info.SessionStartLimit.Total);
        if (info.Shards > _options.ShardCount)
        {
            _logger.LogWarning("Running {ShardCount} shard(s) where Discord recommends {Shards}", _options.ShardCount, info.Shards);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var end = await ConnectOnceAsync(info.Url, stoppingToken).ConfigureAwait(false);
            if (end.Stopped)
            {
                return;
            }

            var next = _policy.Decide(end, _dispatch.Session is not null);
            if (next.Action == GatewayCloseAction.Fatal)
            {
                throw new GatewayFatalException(next.Reason, end.CloseCode);
            }

            if (next.Action == GatewayCloseAction.Reidentify)
            {
                _dispatch.Forget();
            }

            Telemetry.BotMetrics.Reconnected(_dispatch.Session is null ? "identify" : "resume");
            _logger.LogInformation("Gateway connection ended ({Reason}); {Next} in {DelayMs} ms",
                next.Reason, _dispatch.Session is null ? "identifying" : "resuming", (int)next.Delay.TotalMilliseconds);
            try
            {
                await Task.Delay(next.Delay, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<GatewayConnectionEnd> ConnectOnceAsync(string gatewayUrl, CancellationToken stoppingToken)
    {
        GatewaySocket socket;
        try
        {
            socket = await GatewaySocket.ConnectAsync(GatewayUri(_dispatch.Session?.ResumeGatewayUrl ?? gatewayUrl), _timings.GatewayHandshakeTimeout, _time, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException)
        {
            return stoppingToken.IsCancellationRequested ? GatewayConnectionEnd.Stop : GatewayConnectionEnd.Lost($"could not connect: {ex.Message}");
        }

        using (socket)
        {
            var connection = new GatewayConnection(socket, _dispatch, _gate, _options, _timings, _time, _random, _logger);
            Volatile.Write(ref _connected, true);
            try
            {
                return await connection.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                Volatile.Write(ref _connected, false);
            }
        }
    }

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = $"v={ApiVersion}&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
