namespace StatementBot.Discord.Gateway;

/// <summary>The outcome of one read: a payload, the peer's close code, nothing (a drop), or shutdown having begun first.</summary>
/// <param name="At">A <see cref="System.Diagnostics.Stopwatch"/> timestamp of when the message was read.</param>
internal sealed record GatewayReceived(GatewayPayload? Payload, int? CloseCode, bool Stopped, long At)
{
    public static GatewayReceived Stop { get; } = new(null, null, true, 0);
}
