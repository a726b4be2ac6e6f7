using System.CommandLine;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;

namespace StatementBot.Cli;

/// <summary>
/// Turns each catalog command into a terminal verb: required options become arguments (a single one takes the
/// rest of the line, so <c>quote mission impossible</c> works), the others become --flags. A command with no required
/// option takes its first option as an optional argument too (<c>help quote</c> = <c>help --command quote</c>). Values
/// pass to the router as text, so validation and messages are the same as in Discord. A command with subcommands is a
/// verb holding one verb per subcommand, each made the same way from the subcommand's options.
/// </summary>
public static class CommandVerbs
{
    public static Command Create(CommandDefinition definition, Func<ParseResult, CommandRequest, int> run)
    {
        if (definition.Subcommands.Count == 0)
        {
            return Verb(definition.Name, definition.Description, definition.Example, definition.Options,
                (parse, values) => run(parse, new CommandRequest(definition.Name, values)));
        }

        // "watch add inflation": one verb per subcommand under the command's verb.
        var verb = new Command(definition.Name, definition.Description + ". Example: " + definition.Example);
        foreach (var subcommand in definition.Subcommands)
        {
            verb.Add(Verb(subcommand.Name, subcommand.Description, subcommand.Example, subcommand.Options,
                (parse, values) => run(parse, new CommandRequest(definition.Name, values) { Subcommand = subcommand.Name })));
        }

        return verb;
    }

    private static Command Verb(
        string name, string description, string example, IReadOnlyList<OptionDefinition> options, Func<ParseResult, Dictionary<string, string>, int> run)
    {
        var verb = new Command(name, description + ". Example: " + example);
        var required = options.Where(o => o.Required).ToArray();
        var arguments = new List<(OptionDefinition Option, Func<ParseResult, string> Read)>();
        foreach (var option in required)
        {
            if (required.Length == 1)
            {
                var rest = new Argument<string[]>(option.Name) { Description = option.Description, Arity = ArgumentArity.OneOrMore };
                verb.Add(rest);
                arguments.Add((option, parse => string.Join(' ', parse.GetValue(rest) ?? [])));
            }
            else
            {
                var single = new Argument<string>(option.Name) { Description = option.Description };
                verb.Add(single);
                arguments.Add((option, parse => parse.GetValue(single) ?? ""));
            }
        }

        if (required.Length == 0 && options.Count > 0)
        {
            var first = options[0];
            var optional = new Argument<string[]>(first.Name) { Description = first.Description, Arity = ArgumentArity.ZeroOrMore };
            verb.Add(optional);
            arguments.Add((first, parse => string.Join(' ', parse.GetValue(optional) ?? [])));
        }

        var flags = new List<(OptionDefinition Option, Option<string> Flag)>();
        foreach (var option in options.Where(o => !o.Required))
        {
            var help = option.Choices is { Count: > 0 } choices
                ? $"{option.Description} ({string.Join("|", choices.Select(c => c.Value))})"
                : option.Description;
            var flag = new Option<string>("--" + option.Name) { Description = help, HelpName = option.Example is null ? null : option.Name.ToUpperInvariant() };
            verb.Add(flag);
            flags.Add((option, flag));
        }

        verb.SetAction(parse =>
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (option, read) in arguments)
            {
                if (read(parse) is { Length: > 0 } value)
                {
                    values[option.Name] = value;
                }
            }


            foreach (var (option, flag) in flags)
            {
                if (parse.GetValue(flag) is { } value)
                {
                    values[option.Name] = value;
                }
            }

            return run(parse, values);
        });
        return verb;
    }
}
