using StatementBot.Commands.Catalog;
using StatementBot.Discord.Commands;

namespace StatementBot.Cli;

/// <summary>
/// The commands a registration would send, for a person to review: each command with where it can be installed and
/// used, then its options with their types, whether required, and their choices.
/// </summary>
internal static class RegistrationListing
{
    public static void Write(TextWriter output, string scope, IReadOnlyList<ApplicationCommand> commands)
    {
        output.WriteLine($"{commands.Count} commands would be registered ({scope}); nothing was sent to Discord:");
        foreach (var command in commands)
        {
            var name = command.Type == ApplicationCommandType.Message ? $"{command.Name}  (message menu: Apps › {command.Name})" : "/" + command.Name;
            output.WriteLine($"  {name}{Where(command)}");
            if (!string.IsNullOrEmpty(command.Description))
            {
                output.WriteLine($"      {command.Description}");
            }

            if (command.DefaultMemberPermissions is { } permissions)
            {
                var named = DiscordPermissions.FromBitfield(permissions).Label();
                output.WriteLine($"      only for members who have {named} (default_member_permissions {permissions})");
            }

            WriteOptions(output, command.Options ?? [], "      ");
        }
    }

    private static void WriteOptions(TextWriter output, IReadOnlyList<ApplicationCommandOption> options, string indent)
    {
        foreach (var option in options)
        {
            var required = option.Required == true ? ", required" : "";
            var autocomplete = option.Autocomplete == true ? ", autocomplete" : "";
            var choices = option.Choices is { Count: > 0 } list ? $", one of: {string.Join(", ", list.Select(c => c.Name))}" : "";
            output.WriteLine($"{indent}{option.Name} ({TypeName(option.Type)}{required}{autocomplete}{choices}): {option.Description}");
            WriteOptions(output, option.Options ?? [], indent + "  ");
        }
    }

    private static string Where(ApplicationCommand command)
    {
        if (command.IntegrationTypes is null || command.Contexts is null)
        {
            return "";
        }

        var installs = string.Join(", ", command.IntegrationTypes.Select(t => t switch
        {
            InstallTarget.GuildInstall => "servers",
            InstallTarget.UserInstall => "user accounts",
            _ => t.ToString(),
        }));
        var contexts = string.Join(", ", command.Contexts.Select(c => c switch
        {
            UseContext.Guild => "server channels",
            UseContext.BotDm => "the bot's DM",
            UseContext.PrivateChannel => "other DMs and groups",
            _ => c.ToString(),
        }));
        return $"  [install: {installs}; use in: {contexts}]";
    }

    private static string TypeName(ApplicationCommandOptionType type) => type.ToString().ToLowerInvariant();
}
