using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace StatementBot.Discord.Configuration;

/// <summary>
/// How the bot reaches Discord, bound from configuration (environment variables <c>DISCORD_TOKEN</c>,
/// <c>DISCORD_APPLICATION_ID</c>, <c>DISCORD_PUBLIC_KEY</c>, <c>DISCORD_GUILD_ID</c>, <c>DISCORD_SHARD_ID</c>,
/// <c>DISCORD_SHARD_COUNT</c>, <c>DISCORD_API_BASE_URL</c>, or the same names under a <c>Discord</c> section).
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>Discord's REST base with the API version in the path (FACTS §1).</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the Developer Portal (Bot page). Needed for the gateway and for registering commands.</summary>
    public string? Token { get; set; }

    /// <summary>The application id; when unset it is taken from READY (gateway) or <c>GET /applications/@me</c>.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex characters); needed for the HTTP interactions endpoint.</summary>
    public string? PublicKey { get; set; }

    /// <summary>When set, commands are registered to this guild only (instant, for testing) instead of globally.</summary>
    public string? GuildId { get; set; }

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>REST base URL including the version; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The project URL sent in <c>User-Agent: DiscordBot (url, version)</c>.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/statementbot/statementbot";

    /// <summary>Work still running after this long since the interaction arrived is deferred (Discord allows 3 s).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether the gateway service registers the command catalog after it connects.</summary>
    public bool RegisterCommandsOnConnect { get; set; } = true;

    /// <summary>Reads the flat environment-variable names first, then a <c>Discord</c> section.</summary>
    public static void Bind(DiscordOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection("Discord");
        string? Read(string flat, string nested) =>
            NonBlank(configuration[flat]) ?? NonBlank(section[nested]);

        options.Token = Read("DISCORD_TOKEN", "Token") ?? options.Token;
        options.ApplicationId = Read("DISCORD_APPLICATION_ID", "ApplicationId") ?? options.ApplicationId;
        options.PublicKey = Read("DISCORD_PUBLIC_KEY", "PublicKey") ?? options.PublicKey;
        options.GuildId = Read("DISCORD_GUILD_ID", "GuildId") ?? options.GuildId;
        options.ApiBaseUrl = Read("DISCORD_API_BASE_URL", "ApiBaseUrl") ?? options.ApiBaseUrl;
        options.UserAgentUrl = Read("DISCORD_USER_AGENT_URL", "UserAgentUrl") ?? options.UserAgentUrl;

        // Unparsable numbers are kept as an impossible value so validation reports them instead of ignoring them.
        if (Read("DISCORD_SHARD_ID", "ShardId") is { } shardId)
        {
            options.ShardId = int.TryParse(shardId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1;
        }

        if (Read("DISCORD_SHARD_COUNT", "ShardCount") is { } shardCount)
        {
            options.ShardCount = int.TryParse(shardCount, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }

        if (Read("DISCORD_DEFER_AFTER_MS", "DeferAfterMs") is { } deferMs &&
            int.TryParse(deferMs, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            options.DeferAfter = TimeSpan.FromMilliseconds(ms);
        }
    }

    /// <summary>The options with the token redacted, safe to log.</summary>
    public override string ToString() =>
        $"DiscordOptions {{ Token = {(string.IsNullOrEmpty(Token) ? "(not set)" : "(set, redacted)")}, " +
        $"ApplicationId = {ApplicationId ?? "(from Discord)"}, PublicKey = {PublicKey ?? "(not set)"}, " +
        $"GuildId = {GuildId ?? "(global)"}, Shard = [{ShardId}, {ShardCount}], ApiBaseUrl = {ApiBaseUrl} }}";

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
