using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// Reads a slash command, message command or autocomplete interaction into the front-end-neutral
/// <see cref="CommandRequest"/>.
/// </summary>
public static class InteractionRequestMapper
{
    /// <summary>
    /// The command and its option values as text; for a message command, the text of the message it was used on as
    /// <see cref="CommandDefinition.MessageTextOption"/>. Null when the interaction names no command.
    /// </summary>
    public static CommandRequest? ToRequest(DiscordInteraction interaction)
    {
        if (interaction.Data?.Name is not { Length: > 0 } name)
        {
            return null;
        }

        if (interaction.Data.Type == (int)ApplicationCommandType.Message)
        {
            var message = interaction.Data.TargetId is { } target ? interaction.Data.Resolved?.Messages?.GetValueOrDefault(target) : null;
            return new CommandRequest(name, (CommandDefinition.MessageTextOption, message?.Content ?? ""));
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var subcommand = SubcommandOf(interaction);
        foreach (var option in Leaves(interaction.Data.Options))
        {
            // An option without a name is not one the bot could have asked for: there is nothing to read it as.
            if (option.Name is { Length: > 0 } optionName && option.ValueText is { } text)
            {
                values[optionName] = text;
            }
        }

        return new CommandRequest(name, values)
        {
            Caller = CallerOf(interaction),
            Subcommand = subcommand,
            Server = interaction.GuildId is { Length: > 0 } guild ? guild : null,
            Channel = interaction.ChannelId is { Length: > 0 } channel ? channel : null,
            Permissions = interaction.Member is { } member ? DiscordPermissions.FromBitfield(member.Permissions) : null,
        };
    }

    /// <summary>The subcommand the interaction names (its option of type 1, inside a group's when there is one), or null.</summary>
    public static string? SubcommandOf(DiscordInteraction interaction)
    {
        var options = interaction.Data?.Options;
        while (options is { Count: > 0 })
        {
            var nested = options.FirstOrDefault(o => o.Type is (int)ApplicationCommandOptionType.SubCommand or (int)ApplicationCommandOptionType.SubCommandGroup);
            if (nested is null)
            {
                return null;
            }

            if (nested.Type == (int)ApplicationCommandOptionType.SubCommand)
            {
                return nested.Name is { Length: > 0 } name ? name : null;
            }

            options = nested.Options;
        }

        return null;
    }

    /// <summary>
    /// The user id the request is asked by (the member's user in a guild, the user in a DM). Discord always names the
    /// user; an interaction without one (a benchmark's, a test's) has no caller, and so no cooldown.
    /// </summary>
    public static string? CallerOf(DiscordInteraction interaction) =>
        interaction.Invoker?.Id is { Length: > 0 } id ? id : null;

    /// <summary>The option being typed during autocomplete (the one marked <c>focused</c>).</summary>
    public static InteractionDataOption? FocusedOption(DiscordInteraction interaction) =>
        Leaves(interaction.Data?.Options).FirstOrDefault(o => o.Focused == true && o.Name is { Length: > 0 });

    // Subcommands and groups nest their options: the values are the leaves, the subcommand is named apart.
    private static IEnumerable<InteractionDataOption> Leaves(IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Options is { Count: > 0 } || option.Type is (int)ApplicationCommandOptionType.SubCommand or (int)ApplicationCommandOptionType.SubCommandGroup)
            {
                foreach (var leaf in Leaves(option.Options))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return option;
            }
        }
    }
}
