namespace StatementBot.Discord.Gateway;

/// <summary>How a gateway connection ended, before anyone decides what to do about it.</summary>
internal enum GatewayEndKind
{
    /// <summary>The bot is shutting down.</summary>
    Stopped,

    /// <summary>No close code: the connection dropped, could not be opened, never said Hello, or missed a heartbeat ACK.</summary>
    Lost,

    /// <summary>Discord closed the connection with a close code.</summary>
    Closed,

    /// <summary>op 7 Reconnect.</summary>
    Reconnect,

    /// <summary>op 9 Invalid Session.</summary>
    InvalidSession,
}
