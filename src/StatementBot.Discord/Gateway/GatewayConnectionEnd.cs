namespace StatementBot.Discord.Gateway;

/// <summary>How one connection ended, as the connection saw it; <see cref="GatewayReconnectPolicy"/> decides what follows.</summary>
/// <param name="Established">The connection got as far as READY or RESUMED.</param>
/// <param name="Resumable">For op 9: Discord's <c>d</c>, whether the session may be resumed.</param>
internal sealed record GatewayConnectionEnd(GatewayEndKind Kind, string Reason, bool Established, int? CloseCode = null, bool Resumable = false)
{
    public static GatewayConnectionEnd Stop { get; } = new(GatewayEndKind.Stopped, "stopped", false);

    public bool Stopped => Kind == GatewayEndKind.Stopped;

    public static GatewayConnectionEnd Lost(string reason, bool established = false) => new(GatewayEndKind.Lost, reason, established);

    public static GatewayConnectionEnd Closed(int code, bool established = false) => new(GatewayEndKind.Closed, $"closed with code {code}", established, code);

    public static GatewayConnectionEnd Reconnect(bool established) => new(GatewayEndKind.Reconnect, "Discord asked to reconnect (op 7)", established);

    public static GatewayConnectionEnd InvalidSession(bool resumable, bool established) =>
        new(GatewayEndKind.InvalidSession, resumable ? "invalid session, resumable (op 9)" : "invalid session (op 9)", established, Resumable: resumable);
}
