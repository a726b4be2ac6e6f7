namespace StatementBot.Commands.Catalog;

/// <summary>
/// Every command the bot answers, declared once. Discord registration, the console parser, /help and --help are
/// all generated from it.
/// </summary>
public sealed class CommandCatalog
{
    public CommandCatalog(IEnumerable<CommandDefinition> commands)
    {
        All = commands.ToArray();
    }

    /// <summary>Every command, hidden ones (reached by buttons) included.</summary>
    public IReadOnlyList<CommandDefinition> All { get; }

    /// <summary>The slash commands a user can type.</summary>
    public IEnumerable<CommandDefinition> Public => All.Where(c => !c.Hidden);

    public CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.TrimStart('/'), StringComparison.OrdinalIgnoreCase));
}
