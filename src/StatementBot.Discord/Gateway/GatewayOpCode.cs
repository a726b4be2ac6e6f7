namespace StatementBot.Discord.Gateway;

/// <summary>Gateway opcodes the bot sends or handles (FACTS §7).</summary>
public enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    PresenceUpdate = 3,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
