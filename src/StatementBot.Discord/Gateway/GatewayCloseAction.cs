namespace StatementBot.Discord.Gateway;

/// <summary>What to do after the gateway connection closed.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect to the resume URL and send Resume: missed events are replayed.</summary>
    Resume,

    /// <summary>The session is gone: connect to the gateway URL and Identify again.</summary>
    Reidentify,

    /// <summary>Reconnecting cannot help (bad token, shard or intents): stop with a clear error.</summary>
    Fatal,
}
