namespace StatementBot.Discord.Interactions;

/// <summary>The member who interacted in a guild; carries the user.</summary>
/// <param name="Permissions">
/// What the member may do in the channel the interaction came from, overwrites included: Discord's permission bits as a
/// decimal string (receiving-and-responding.mdx, "Interaction Structure").
/// </param>
public sealed record GuildMember(DiscordUser? User, string? Permissions = null);
