namespace StatementBot.Discord.Gateway;

/// <summary>What READY says: the session to resume, where to resume it, and who the bot is.</summary>
public sealed record ReadyInfo(string SessionId, string ResumeGatewayUrl, string? ApplicationId, string? BotName);
