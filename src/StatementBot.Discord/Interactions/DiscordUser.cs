namespace StatementBot.Discord.Interactions;

/// <summary>The user who interacted (only the fields the bot logs).</summary>
public sealed record DiscordUser(string Id, string? Username);
