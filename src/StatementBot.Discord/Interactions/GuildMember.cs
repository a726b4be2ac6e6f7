namespace StatementBot.Discord.Interactions;

/// <summary>The member who interacted in a guild; carries the user.</summary>
public sealed record GuildMember(DiscordUser? User);
