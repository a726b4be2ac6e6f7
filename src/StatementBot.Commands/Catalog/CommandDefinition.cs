namespace StatementBot.Commands.Catalog;

/// <summary>A slash command: name, description, options, and an example for help texts.</summary>
/// <param name="Hidden">Reached by buttons (e.g. "More context"), not registered or listed as a slash command.</param>
/// <param name="Heavy">Runs a search over the index: rationed per caller so one user cannot slow the bot for the others.</param>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<OptionDefinition> Options,
    string Example,
    bool Hidden = false,
    bool Heavy = false)
{
    public OptionDefinition? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
