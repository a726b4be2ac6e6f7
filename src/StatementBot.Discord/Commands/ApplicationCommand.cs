namespace StatementBot.Discord.Commands;

/// <summary>
/// An application command: what the bot sends in a bulk overwrite (no <see cref="Id"/>) and what Discord answers
/// (with ids and version).
/// </summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    ApplicationCommandType Type = ApplicationCommandType.ChatInput,
    string? Id = null,
    string? ApplicationId = null,
    string? GuildId = null,
    string? Version = null);
