namespace StatementBot.Discord.Rest;

/// <summary>
/// One REST call: its method, the route template (what logs show and buckets are keyed on), the concrete path,
/// and the top-level resource Discord scopes rate limits to (guild, webhook+token, interaction).
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool RequiresAuth, bool ExemptFromGlobalLimit)
{
    /// <summary>"PUT /applications/{application_id}/commands" — safe to log.</summary>
    public string Name => $"{Method.Method} {Template}";

    /// <summary>The key a request uses until Discord names its bucket.</summary>
    public string RouteKey => $"{Name}|{MajorParameter}";

    public static RestRoute GatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "", RequiresAuth: true, ExemptFromGlobalLimit: false);

    public static RestRoute CurrentApplication() =>
        new(HttpMethod.Get, "/applications/@me", "/applications/@me", "", RequiresAuth: true, ExemptFromGlobalLimit: false);

    public static RestRoute Commands(HttpMethod method, string applicationId, string? guildId) => guildId is null
        ? new(method, "/applications/{application_id}/commands", $"/applications/{E(applicationId)}/commands", "", true, false)
        : new(method, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"/applications/{E(applicationId)}/guilds/{E(guildId)}/commands", "guild:" + guildId, true, false);

    public static RestRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"/interactions/{E(interactionId)}/{E(token)}/callback", "interaction:" + interactionId, RequiresAuth: false, ExemptFromGlobalLimit: true);

    public static RestRoute OriginalResponse(HttpMethod method, string applicationId, string token) =>
        new(method, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            $"/webhooks/{E(applicationId)}/{E(token)}/messages/@original", $"webhook:{applicationId}:{token}", false, true);

    public static RestRoute Followup(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}",
            $"/webhooks/{E(applicationId)}/{E(token)}", $"webhook:{applicationId}:{token}", false, true);

    /// <summary>A new message in a channel (<c>POST /channels/{channel_id}/messages</c>): rate-limited per channel.</summary>
    public static RestRoute ChannelMessages(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{E(channelId)}/messages", "channel:" + channelId, RequiresAuth: true, ExemptFromGlobalLimit: false);

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
