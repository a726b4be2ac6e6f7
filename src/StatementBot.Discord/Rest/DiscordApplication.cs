namespace StatementBot.Discord.Rest;

/// <summary>The bot's own application (<c>GET /applications/@me</c>).</summary>
public sealed record DiscordApplication(string Id, string? Name);
