using StatementBot.Commands.Catalog;
using StatementBot.Discord.Rendering;

namespace StatementBot.Discord.Commands;

/// <summary>
/// The command catalog as Discord application commands: public slash commands (hidden ones are reached by buttons),
/// required options first as Discord demands, catalog types mapped to Discord's option types. A command with
/// subcommands sends each as an option of type 1 carrying its own options, and a command that needs a permission sends it as <c>default_member_permissions</c>. Then the message
/// commands, as Discord takes them: a name and type 3, no description and no options (the message is the input).
/// Global commands say where they can be installed and used: everywhere (a server, a user's own account; server
/// channels, the bot's DM, other DMs and groups), unless the catalog marks one for server channels only. Discord reads
/// those two fields on global commands only, so a guild registration leaves them out.
/// </summary>
public static class CommandCatalogMapper
{
    private static readonly InstallTarget[] Anywhere = [InstallTarget.GuildInstall, InstallTarget.UserInstall];
    private static readonly UseContext[] EveryContext = [UseContext.Guild, UseContext.BotDm, UseContext.PrivateChannel];
    private static readonly InstallTarget[] ServerInstall = [InstallTarget.GuildInstall];
    private static readonly UseContext[] ServerChannels = [UseContext.Guild];

    /// <param name="global">Registered for every server (the default) rather than one test server.</param>
    public static IReadOnlyList<ApplicationCommand> ToApplicationCommands(CommandCatalog catalog, bool global = true) =>
        catalog.Registered.Select(command => ToApplicationCommand(command, global)).ToArray();

    public static ApplicationCommand ToApplicationCommand(CommandDefinition command, bool global = true)
    {
        var shape = command.Kind == CommandKind.Message
            ? new ApplicationCommand(command.Name, null, null, ApplicationCommandType.Message)
            : new ApplicationCommand(
                command.Name,
                Description(command.Description),
                command.Subcommands.Count > 0 ? command.Subcommands.Select(ToSubcommand).ToArray() : Options(command.Options),
                DefaultMemberPermissions: DiscordPermissions.ToBitfield(command.RequiredPermissions));
        return global
            ? shape with
            {
                IntegrationTypes = command.GuildOnly ? ServerInstall : Anywhere,
                Contexts = command.GuildOnly ? ServerChannels : EveryContext,
            }
            : shape;
    }

    private static IReadOnlyList<ApplicationCommandOption>? Options(IReadOnlyList<OptionDefinition> options) =>
        options.Count == 0 ? null : options.OrderByDescending(o => o.Required).Select(ToOption).ToArray();

    private static ApplicationCommandOption ToSubcommand(SubcommandDefinition subcommand) =>
        new(ApplicationCommandOptionType.SubCommand, subcommand.Name, Description(subcommand.Description), Options: Options(subcommand.Options));

    private static ApplicationCommandOption ToOption(OptionDefinition option)
    {
        var type = option.Type switch
        {
            OptionType.Integer => ApplicationCommandOptionType.Integer,
            OptionType.Boolean => ApplicationCommandOptionType.Boolean,
            _ => ApplicationCommandOptionType.String,
        };

        IReadOnlyList<ApplicationCommandOptionChoice>? choices = option.Choices is { Count: > 0 } list
            ? list.Select(c => type == ApplicationCommandOptionType.Integer && long.TryParse(c.Value, out var n)
                    ? ApplicationCommandOptionChoice.Integer(c.Name, n)
                    : ApplicationCommandOptionChoice.Text(c.Name, c.Value))
                .ToArray()
            : null;

        var numeric = type == ApplicationCommandOptionType.Integer;
        return new ApplicationCommandOption(
            type,
            option.Name,
            Description(option.Description),
            Required: option.Required ? true : null,
            Autocomplete: option.Autocomplete && choices is null && type != ApplicationCommandOptionType.Boolean ? true : null,
            Choices: choices,
            MinValue: numeric ? option.MinValue : null,
            MaxValue: numeric ? option.MaxValue : null);
    }

    // Descriptions are prose for people; cutting one at a word boundary is safe, unlike a name.
    private static string Description(string text) =>
        TextTruncation.Truncate(string.IsNullOrWhiteSpace(text) ? "No description." : text, DiscordLimits.CommandDescription);
}
