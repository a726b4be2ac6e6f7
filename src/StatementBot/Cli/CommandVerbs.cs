using System.CommandLine;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;

namespace StatementBot.Cli;

/// <summary>
/// Turns each catalog command into a terminal verb: required options become arguments (a single one takes the
/// rest of the line, so <c>quote mission impossible</c> works), the others become --flags. A command with no required
/// option takes its first option as an optional argument too (<c>help quote</c> = <c>help --command quote</c>). Values
/// pass to the router as text, so validation and messages are the same as in Discord.
/// </summary>
public static class CommandVerbs
{
    public static Command Create(CommandDefinition definition, Func<ParseResult, CommandRequest, int> run)
    {
        var verb = new Command(definition.Name, definition.Description + ". Example: " + definition.Example);
        var required = definition.Options.Where(o => o.Required).ToArray();
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

        if (required.Length == 0 && definition.Options.Count > 0)
        {
            var first = definition.Options[0];
            var optional = new Argument<string[]>(first.Name) { Description = first.Description, Arity = ArgumentArity.ZeroOrMore };
            verb.Add(optional);
            arguments.Add((first, parse => string.Join(' ', parse.GetValue(optional) ?? [])));
        }

        var flags = new List<(OptionDefinition Option, Option<string> Flag)>();
        foreach (var option in definition.Options.Where(o => !o.Required))
        {
            var description = option.Choices is { Count: > 0 } choices
                ? $"{option.Description} ({string.Join("|", choices.Select(c => c.Value))})"
                : option.Description;
            var flag = new Option<string>("--" + option.Name) { Description = description, HelpName = option.Example is null ? null : option.Name.ToUpperInvariant() };
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

            return run(parse, new CommandRequest(definition.Name, values));
        });
        return verb;
    }
}
