namespace StatementBot.Discord.Tests.Fakes;

/// <summary>One scripted action of the fake gateway, run after the session is established (READY or RESUMED).</summary>
public abstract record GatewayStep
{
    /// <summary>Sends an INTERACTION_CREATE.</summary>
    public sealed record Dispatch(string InteractionJson) : GatewayStep;

    /// <summary>Numbers an INTERACTION_CREATE in the session but never sends it, as if lost in a drop: only a resume replays it.</summary>
    public sealed record DispatchLost(string InteractionJson) : GatewayStep;

    /// <summary>op 7 Reconnect.</summary>
    public sealed record Reconnect : GatewayStep;

    /// <summary>op 9 Invalid Session; when not resumable the session is forgotten.</summary>
    public sealed record InvalidSession(bool Resumable) : GatewayStep;

    /// <summary>Closes the socket with a close code.</summary>
    public sealed record Close(int Code) : GatewayStep;

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public sealed record Drop : GatewayStep;

    /// <summary>Stops answering heartbeats with op 11.</summary>
    public sealed record StopAcking : GatewayStep;

    /// <summary>op 1, <paramref name="Count"/> times, <paramref name="SpacingMs"/> apart: asks the client for a heartbeat now.</summary>
    public sealed record RequestHeartbeat(int Count = 1, int SpacingMs = 0) : GatewayStep;

    public sealed record Wait(int Milliseconds) : GatewayStep;

    /// <summary>Waits (a few seconds at most) until the bot has answered this interaction over REST.</summary>
    public sealed record WaitForCallback(string InteractionId) : GatewayStep;
}
