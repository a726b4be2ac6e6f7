using System.Text.Json;
using Microsoft.Extensions.Logging;
using StatementBot.Discord.Interactions;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// The session as the dispatches (op 0) tell it: the last sequence number (sent with heartbeats and Resume), the
/// session READY opened, and each <c>INTERACTION_CREATE</c> raised once — an event Discord delivers again after a
/// resume is recognised by its interaction id and skipped.
/// </summary>
internal sealed class GatewayDispatch(ILogger logger)
{
    /// <summary>Far more interactions than a resume can replay (a session's backlog lasts minutes).</summary>
    public const int RememberedInteractions = 1000;

    private readonly RecentIds _seen = new(RememberedInteractions);
    private long _sequence = -1;
    private volatile GatewaySession? _session;

    public event Func<DiscordInteraction, long, Task>? InteractionCreated;

    public event Func<ReadyInfo, Task>? Ready;

    /// <summary>The last sequence number received, or null before the first dispatch of a session.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? s : null;

    /// <summary>The session to resume, once READY has named it.</summary>
    public GatewaySession? Session => _session;

    /// <summary>The session is gone (Discord said so): the next connection identifies and numbering starts over.</summary>
    public void Forget()
    {
        _session = null;
        Interlocked.Exchange(ref _sequence, -1);
    }

    /// <param name="receivedAt">A <see cref="System.Diagnostics.Stopwatch"/> timestamp of when the event was read.</param>
    /// <returns>True when the event is READY or RESUMED: the connection is established.</returns>
    public async Task<bool> HandleAsync(GatewayPayload payload, long receivedAt)
    {
        if (payload.Sequence is { } sequence)
        {
            Interlocked.Exchange(ref _sequence, sequence);
        }

        switch (payload.Event)
        {
            case "READY":
                await OnReadyAsync(payload.Data).ConfigureAwait(false);
                return true;

            case "RESUMED":
                logger.LogInformation("Resumed the session at sequence {Sequence}", Sequence);
                return true;

            case "INTERACTION_CREATE":
                await OnInteractionAsync(payload.Data, receivedAt).ConfigureAwait(false);
                return false;

            default:
                return false;
        }
    }

    private async Task OnReadyAsync(JsonElement data)
    {
        if (Text(data, "session_id") is not { } sessionId || Text(data, "resume_gateway_url") is not { } resumeUrl)
        {
            logger.LogWarning("READY without session_id or resume_gateway_url; the session cannot be resumed");
            return;
        }

        var applicationId = data.TryGetProperty("application", out var app) ? Text(app, "id") : null;
        var botName = data.TryGetProperty("user", out var user) ? Text(user, "username") : null;
        _session = new GatewaySession(sessionId, resumeUrl);
        logger.LogInformation("Connected to Discord as {BotName} (session {SessionId})", botName ?? "the bot", sessionId);
        if (Ready is { } ready)
        {
            await ready(new ReadyInfo(sessionId, resumeUrl, applicationId, botName)).ConfigureAwait(false);
        }
    }

    private async Task OnInteractionAsync(JsonElement data, long receivedAt)
    {
        // The same reading as the HTTP endpoint's: only id, token and type are required.
        var interaction = InteractionParser.Parse(data);
        if (interaction is null)
        {
            logger.LogWarning("Skipping an INTERACTION_CREATE without an id, a token or a type");
            return;
        }

        if (!_seen.Add(interaction.Id))
        {
            logger.LogDebug("Skipping interaction {InteractionId}: already received", interaction.Id);
            return;
        }

        if (InteractionCreated is { } handler)
        {
            await handler(interaction, receivedAt).ConfigureAwait(false);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
