namespace StatementBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each means for the bot (opcodes-and-status-codes.mdx, FACTS §7).</summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>The bot's own close code when it drops a connection but wants to keep the session (anything but 1000/1001).</summary>
    public const int ReconnectClose = 4000;

    /// <param name="code">The close code, or null when the connection dropped without one.</param>
    public static GatewayCloseAction Classify(int? code) => code switch
    {
        AuthenticationFailed or (>= InvalidShard and <= DisallowedIntents) => GatewayCloseAction.Fatal,
        InvalidSeq or SessionTimedOut => GatewayCloseAction.Reidentify,
        _ => GatewayCloseAction.Resume,
    };

    /// <summary>The one line a user reads when the gateway refuses the bot for good.</summary>
    public static string FatalMessage(int code) => code switch
    {
        AuthenticationFailed => "Discord rejected the bot token (gateway close 4004, authentication failed): check DISCORD_TOKEN.",
        InvalidShard => "Discord rejected the shard (gateway close 4010): check DISCORD_SHARD_ID and DISCORD_SHARD_COUNT.",
        ShardingRequired => "Discord requires sharding for this bot (gateway close 4011): set DISCORD_SHARD_COUNT and run one process per shard.",
        InvalidApiVersion => "Discord rejected the gateway API version (gateway close 4012).",
        InvalidIntents => "Discord rejected the gateway intents (gateway close 4013).",
        DisallowedIntents => "Discord refused a privileged intent (gateway close 4014): enable it in the Developer Portal or stop requesting it.",
        _ => $"The Discord gateway closed the connection with code {code}.",
    };
}
