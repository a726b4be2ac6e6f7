namespace StatementBot.Commands.Catalog;

/// <summary>
/// One subcommand of a command (<c>/watch add</c>, <c>/watch list</c>): its own name, description, options and example.
/// Discord registers it as an option of type 1; the terminal makes it a verb under the command's verb.
/// </summary>
/// <param name="Name">Lowercase, 1–32 characters, as Discord requires.</param>
public sealed record SubcommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<OptionDefinition> Options,
    string Example)
{
    public OptionDefinition? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
