using System.Text.RegularExpressions;

namespace StatementBot.Discord.Commands;

/// <summary>
/// The rules Discord applies to application commands that its OpenAPI spec cannot express (FACTS §6): lowercase names
/// matching Discord's pattern, descriptions of 1–100 characters, at most 25 options and choices, required options
/// before optional ones, unique names, autocomplete only without choices, and 8000 characters per command; subcommands
/// (type 1) stand alone at the top and carry their own options, checked by the same rules. Message
/// commands have names of 1–32 characters (capitals and spaces allowed), no description and no options, and at most
/// 15 of them.
/// </summary>
public static partial class ApplicationCommandValidator
{
    /// <summary>Every problem found, as a sentence naming the command and option; empty when Discord will accept them.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        var problems = new List<string>();
        var slash = commands.Where(c => c.Type == ApplicationCommandType.ChatInput).ToArray();
        var messages = commands.Where(c => c.Type == ApplicationCommandType.Message).ToArray();
        if (slash.Length > DiscordLimits.GlobalChatInputCommands)
        {
            problems.Add($"{slash.Length} commands; Discord allows {DiscordLimits.GlobalChatInputCommands}.");
        }

        if (messages.Length > DiscordLimits.MessageCommands)
        {
            problems.Add($"{messages.Length} message commands; Discord allows {DiscordLimits.MessageCommands}.");
        }

        foreach (var duplicate in commands.GroupBy(c => (c.Type, c.Name)).Where(g => g.Count() > 1))
        {
            problems.Add($"/{duplicate.Key.Name} is declared {duplicate.Count()} times.");
        }

        foreach (var message in messages)
        {
            CheckMessageCommand(message, problems);
        }

        foreach (var command in slash)
        {
            var where = "/" + command.Name;
            CheckName(command.Name, where, problems);
            CheckText(command.Description, 1, DiscordLimits.CommandDescription, where + " description", problems);
            CheckOptions(command.Options ?? [], where, problems);

            var total = command.Name.Length + (command.Description?.Length ?? 0) + Characters(command.Options);
            if (total > DiscordLimits.CommandTotalCharacters)
            {
                problems.Add($"{where} uses {total} characters across names, descriptions and choices; Discord allows {DiscordLimits.CommandTotalCharacters}.");
            }
        }

        return problems;
    }

    /// <summary>Names, descriptions and choices of <paramref name="options"/> and of the options nested in them.</summary>
    private static int Characters(IReadOnlyList<ApplicationCommandOption>? options) => (options ?? []).Sum(o =>
        o.Name.Length + o.Description.Length + (o.Choices ?? []).Sum(c => c.Name.Length + c.ValueText.Length) + Characters(o.Options));

    /// <summary>Whether Discord accepts <paramref name="name"/> as a slash command or option name.</summary>
    public static bool IsValidName(string name) =>
        NamePattern().IsMatch(name) && name == name.ToLowerInvariant() && name.EnumerateRunes().Count() <= DiscordLimits.CommandName;

    /// <summary>A message command: a name of 1–32 characters (not only spaces), nothing else to declare.</summary>
    private static void CheckMessageCommand(ApplicationCommand command, List<string> problems)
    {
        var where = $"Message command \"{command.Name}\"";
        var length = command.Name.EnumerateRunes().Count();
        if (string.IsNullOrWhiteSpace(command.Name) || length > DiscordLimits.CommandName)
        {
            problems.Add($"{where}: a message command's name has 1–{DiscordLimits.CommandName} characters, not {length}.");
        }

        if (!string.IsNullOrEmpty(command.Description))
        {
            problems.Add($"{where} has a description; Discord allows none on message commands.");
        }

        if (command.Options is { Count: > 0 })
        {
            problems.Add($"{where} has options; message commands take none (the message is the input).");
        }
    }

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption> options, string command, List<string> problems)
    {
        var subcommands = options.Where(o => o.Type == ApplicationCommandOptionType.SubCommand).ToArray();
        if (subcommands.Length > 0 && subcommands.Length < options.Count)
        {
            problems.Add($"{command} mixes subcommands with other options; Discord takes one or the other.");
        }

        foreach (var subcommand in subcommands)
        {
            if (subcommand.Required is not null || subcommand.Choices is not null || subcommand.Autocomplete is not null)
            {
                problems.Add($"{command} {subcommand.Name} is a subcommand: it takes no required flag, choices or autocomplete.");
            }

            if ((subcommand.Options ?? []).Any(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup))
            {
                problems.Add($"{command} {subcommand.Name} nests a subcommand; this bot's subcommands hold values only.");
            }

            CheckOptions(subcommand.Options ?? [], command + " " + subcommand.Name, problems);
        }

        if (options.Any(o => o.Type != ApplicationCommandOptionType.SubCommand && o.Options is { Count: > 0 }))
        {
            problems.Add($"{command} has a value option with options of its own; only subcommands carry options.");
        }

        if (options.Count > DiscordLimits.OptionsPerCommand)
        {
            problems.Add($"{command} has {options.Count} options; Discord allows {DiscordLimits.OptionsPerCommand}.");
        }

        foreach (var duplicate in options.GroupBy(o => o.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{command} declares option \"{duplicate.Key}\" {duplicate.Count()} times.");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var where = $"{command} option \"{option.Name}\"";
            CheckName(option.Name, where, problems);
            CheckText(option.Description, 1, DiscordLimits.CommandDescription, where + " description", problems);
            if (option.Required != true)
            {
                seenOptional = true;
            }
            else if (seenOptional)
            {
                problems.Add($"{where} is required but comes after an optional option; Discord wants required options first.");
            }

            if (option.Choices is { } choices)
            {
                if (choices.Count > DiscordLimits.ChoicesPerOption)
                {
                    problems.Add($"{where} has {choices.Count} choices; Discord allows {DiscordLimits.ChoicesPerOption}.");
                }

                foreach (var choice in choices)
                {
                    CheckText(choice.Name, 1, DiscordLimits.ChoiceName, $"{where} choice name", problems);
                    CheckText(choice.ValueText, 1, DiscordLimits.ChoiceValue, $"{where} choice value", problems);
                }
            }

            if (option.Autocomplete == true && option.Choices is { Count: > 0 })
            {
                problems.Add($"{where} has both autocomplete and fixed choices; Discord allows one or the other.");
            }

            if (option.Autocomplete == true && option.Type is not (ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number))
            {
                problems.Add($"{where} asks for autocomplete on a {option.Type} option; only string, integer and number options autocomplete.");
            }
        }
    }

    private static void CheckName(string name, string where, List<string> problems)
    {
        if (!IsValidName(name))
        {
            problems.Add($"{where}: \"{name}\" is not a valid name (1–32 lowercase letters, digits, - _ ').");
        }
    }

    private static void CheckText(string? text, int min, int max, string what, List<string> problems)
    {
        var length = text?.Length ?? 0;
        if (length < min || length > max)
        {
            problems.Add($"{what} has {length} characters; Discord wants {min}–{max}.");
        }
    }

    // Discord's pattern with \p{sc=Deva}/\p{sc=Thai} as .NET's block names (FACTS §6); length is checked in runes.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]+$")]
    private static partial Regex NamePattern();
}
