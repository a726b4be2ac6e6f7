namespace StatementBot.Discord.Commands;

/// <summary>
/// An application command: what the bot sends in a bulk overwrite (no <see cref="Id"/>) and what Discord answers
/// (with ids and version).
/// </summary>
/// <param name="Description">
/// Required for slash commands; not sent for message commands, which Discord answers with "" (application-commands.mdx,
/// "Message Commands").
/// </param>
/// <param name="IntegrationTypes">Where it can be installed (<see cref="InstallTarget"/>); sent for global commands only.</param>
/// <param name="Contexts">Where it can be used (<see cref="UseContext"/>); sent for global commands only.</param>
/// <param name="DefaultMemberPermissions">
/// The permission bits (a decimal string) a member needs to see and use the command, unless a server's admins say
/// otherwise; null for everyone.
/// </param>
public sealed record ApplicationCommand(
    string Name,
    string? Description,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    ApplicationCommandType Type = ApplicationCommandType.ChatInput,
    string? Id = null,
    string? ApplicationId = null,
    string? GuildId = null,
    string? Version = null,
    IReadOnlyList<InstallTarget>? IntegrationTypes = null,
    IReadOnlyList<UseContext>? Contexts = null,
    string? DefaultMemberPermissions = null);
