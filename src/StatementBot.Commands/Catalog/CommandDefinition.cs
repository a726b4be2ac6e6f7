namespace StatementBot.Commands.Catalog;

/// <summary>A command: name, description, options, and an example for help texts.</summary>
/// <param name="Hidden">Reached by buttons (e.g. "More context"), not registered or listed as a slash command.</param>
/// <param name="Heavy">Runs a search over the index: rationed per caller so one user cannot slow the bot for the others.</param>
/// <param name="Kind">
/// A slash command, or a message command (Discord's message menu; its name may have capitals and spaces, as Discord
/// allows there, and its one option is <see cref="MessageTextOption"/>).
/// </param>
/// <param name="GuildOnly">
/// Works in server channels only (it acts on the channel, like alerts): installable to a server, not to a user's
/// account, and not offered in direct messages. Every other command works wherever the app is installed.
/// </param>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<OptionDefinition> Options,
    string Example,
    bool Hidden = false,
    bool Heavy = false,
    CommandKind Kind = CommandKind.Slash,
    bool GuildOnly = false)
{
    /// <summary>The option a message command receives the message's text in.</summary>
    public const string MessageTextOption = StatementBot.Commands.Options.OptionNames.Text;

    /// <summary>
    /// The command's subcommands (<c>/watch add</c>, <c>/watch list</c>); when there are any, the command itself takes
    /// no options and every request names one of them.
    /// </summary>
    public IReadOnlyList<SubcommandDefinition> Subcommands { get; init; } = [];

    /// <summary>
    /// What the caller must be allowed in the server to use the command; anything but <see cref="MemberPermissions.None"/>
    /// also means it works only in a server's channels (a direct message has no server to be allowed in).
    /// </summary>
    public MemberPermissions RequiredPermissions { get; init; } = MemberPermissions.None;

    public OptionDefinition? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    public SubcommandDefinition? Subcommand(string name) =>
        Subcommands.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The command's options and those of each of its subcommands.</summary>
    public IEnumerable<OptionDefinition> AllOptions => Options.Concat(Subcommands.SelectMany(s => s.Options));
}
