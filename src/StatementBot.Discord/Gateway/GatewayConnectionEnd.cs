namespace StatementBot.Discord.Gateway;

/// <summary>Why a connection ended and what to do next: resume, identify again, give up, or nothing (shutdown).</summary>
/// <param name="Established">The connection got as far as READY or RESUMED.</param>
/// <param name="Delay">The least wait before reconnecting (Discord asks for 1–5 s after a non-resumable op 9).</param>
internal sealed record GatewayConnectionEnd(GatewayCloseAction Action, string Reason, int? CloseCode, bool Established, TimeSpan Delay, bool Stopped = false)
{
    public static GatewayConnectionEnd Stop { get; } = new(GatewayCloseAction.Resume, "stopped", null, false, TimeSpan.Zero, Stopped: true);
}
