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

    public OptionDefinition? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
