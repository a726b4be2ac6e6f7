namespace StatementBot.Discord.Gateway;

/// <summary>The <c>d</c> of Resume (op 6): the session and the last sequence number received. Carries the token: never logged.</summary>
internal sealed record GatewayResume(string Token, string SessionId, long? Seq);
