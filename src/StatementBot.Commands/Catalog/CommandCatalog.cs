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
    public IEnumerable<CommandDefinition> Public => All.Where(c => !c.Hidden && c.Kind == CommandKind.Slash);

    /// <summary>The commands on a message's menu in Discord.</summary>
    public IEnumerable<CommandDefinition> MessageCommands => All.Where(c => !c.Hidden && c.Kind == CommandKind.Message);

    /// <summary>What is registered with Discord: the slash commands, then the message commands.</summary>
    public IEnumerable<CommandDefinition> Registered => Public.Concat(MessageCommands);

    public CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.TrimStart('/'), StringComparison.OrdinalIgnoreCase));
}
