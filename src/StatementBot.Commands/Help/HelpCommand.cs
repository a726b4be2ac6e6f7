using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Help;

/// <summary>/help — every command with its options and an example, generated from the catalog.</summary>
public sealed class HelpCommand : ICommandHandler
{
    private readonly CommandCatalog _catalog;

    public HelpCommand(CommandCatalog catalog)
    {
        _catalog = catalog;
    }

    public static CommandDefinition Entry { get; } = new(
        "help",
        "How to ask StatementBot",
        [new OptionDefinition(OptionNames.Command, "One command to explain", Example: "quote")],
        "/help command:quote");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var all = _catalog.Public.ToArray();
        var wanted = request.Get(OptionNames.Command)?.TrimStart('/');
        var shown = wanted is null
            ? all
            : all.Where(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (shown.Length == 0)
        {
            return Reply.Error($"There is no /{Echo.Of(wanted)} command. Try {string.Join(", ", all.Select(c => "/" + c.Name))}.");
        }

        var facts = shown.Select(Describe).ToList();
        if (wanted is null)
        {
            // Message commands are on a message's menu in Discord, not typed: named so they can be found.
            facts.AddRange(_catalog.MessageCommands.Select(c => new ReplyField($"On a message: Apps › {c.Name}", c.Description)));
        }

        // The query syntax where it applies: all of help, or one command that takes a query.
        var queries = shown.SelectMany(c => c.AllOptions).Where(o => o.QuerySyntax).Select(o => o.Name + ":").Distinct().ToArray();
        if (queries.Length > 0)
        {
            facts.Add(new ReplyField($"Query syntax (in {string.Join(" and ", queries)})", QueryExamples.Text));
        }
        var data = new HelpData(shown.Select(c => new CommandData(c.Name, c.Description, c.Example, c.Options.Select(o => o.Name).ToArray())
        {
            Subcommands = c.Subcommands.Count == 0 ? null : c.Subcommands.Select(s => new SubcommandData(s.Name, s.Description, s.Example, s.Options.Select(o => o.Name).ToArray())).ToArray(),
        }).ToArray());
        return new Reply(
            "StatementBot",
            "Finds what officials said, with speaker, date and source. Dates: " + DateOption.Help + ".",
            facts,
            [],
            null,
            data);
    }

    private static ReplyField Describe(CommandDefinition command)
    {
        if (command.Subcommands.Count > 0)
        {
            var subcommands = command.Subcommands.Select(s =>
                $"/{command.Name} {s.Name}: {s.Description}" + (s.Options.Count > 0 ? $" ({string.Join(", ", s.Options.Select(Describe))})" : ""));
            var needs = command.RequiredPermissions == MemberPermissions.None ? "" : $"\nIn server channels, for members with the {command.RequiredPermissions.Label()} permission.";
            return new ReplyField($"/{command.Name}", $"{command.Description}. Example: {command.Example}\n{string.Join("\n", subcommands)}{needs}");
        }

        var options = string.Join(", ", command.Options.Select(Describe));
        return new ReplyField($"/{command.Name}", $"{command.Description}. Example: {command.Example}\nOptions: {options}");
    }

    private static string Describe(OptionDefinition option) =>
        option.Name
        + (option.Required ? " (required)" : "")
        + (option.Choices is { Count: > 0 } choices ? $" ({string.Join("|", choices.Select(c => c.Value))})" : "");

    private sealed record HelpData(IReadOnlyList<CommandData> Commands);

    private sealed record CommandData(string Name, string Description, string Example, IReadOnlyList<string> Options)
    {
        /// <summary>The command's subcommands, each with its options; absent for commands without any.</summary>
        public IReadOnlyList<SubcommandData>? Subcommands { get; init; }
    }

    private sealed record SubcommandData(string Name, string Description, string Example, IReadOnlyList<string> Options);
}
