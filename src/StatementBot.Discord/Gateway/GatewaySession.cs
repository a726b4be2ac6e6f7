namespace StatementBot.Discord.Gateway;

/// <summary>A session that can be resumed: its id, the URL to resume on, and the last sequence number received.</summary>
public sealed class GatewaySession(string sessionId, string resumeGatewayUrl)
{
    public string SessionId { get; } = sessionId;

    public string ResumeGatewayUrl { get; } = resumeGatewayUrl;

    public long? Sequence { get; set; }
}
