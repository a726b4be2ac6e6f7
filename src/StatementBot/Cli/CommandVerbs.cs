using System.CommandLine;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;

namespace StatementBot.Cli;

/// <summary>
/// Turns each catalog command into a terminal verb: required options become arguments (a single one takes the
/// rest of the line, so <c>quote mission impossible</c> works), the others become --flags. Values pass to the
/// router as text, so validation and messages are the same as in Discord.
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

        // A command with no required option takes its first text option as words after the verb too
        // ("speakers spokesperson" as well as "speakers --filter spokesperson").
        var optionalWords = required.Length == 0
            && definition.Options.FirstOrDefault() is { Type: OptionType.String, Choices: null or { Count: 0 } } first
            ? (Option: first, Words: new Argument<string[]>(first.Name) { Description = first.Description, Arity = ArgumentArity.ZeroOrMore })
            : default;
        if (optionalWords.Words is not null)
        {
            verb.Add(optionalWords.Words);
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
                values[option.Name] = read(parse);
            }

            if (optionalWords.Words is not null && parse.GetValue(optionalWords.Words) is { Length: > 0 } words)
            {
                values[optionalWords.Option.Name] = string.Join(' ', words);
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
