using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Commands.Catalog;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Commands;

/// <summary>
/// Registers the command catalog with Discord by bulk overwrite — to <c>DISCORD_GUILD_ID</c> when set (instant, for
/// testing), else globally — after checking it against Discord's rules, and reads back what Discord now has.
/// Failures come back as a <see cref="CommandRegistrationResult"/> with a message fit to print.
/// </summary>
public sealed class DiscordCommandRegistrar(
    DiscordRestClient rest,
    CommandCatalog catalog,
    IOptions<DiscordOptions> options,
    ILogger<DiscordCommandRegistrar> logger)
{
    /// <summary>The commands as Discord will receive them (for the configured scope: one server, or global).</summary>
    public IReadOnlyList<ApplicationCommand> BuildCommands() =>
        CommandCatalogMapper.ToApplicationCommands(catalog, global: options.Value.GuildId is null);

    /// <summary>Where <see cref="RegisterAsync"/> would send the commands: "global" or "guild ID".</summary>
    public string Scope => options.Value.GuildId is { } guildId ? "guild " + guildId : "global";

    /// <summary>The catalog's breaches of Discord's rules (empty when it may be sent).</summary>
    public IReadOnlyList<string> Problems() => ApplicationCommandValidator.Validate(BuildCommands());

    /// <param name="applicationId">The application id when already known (from READY); otherwise configuration, then <c>GET /applications/@me</c>.</param>
    public async Task<CommandRegistrationResult> RegisterAsync(string? applicationId = null, CancellationToken cancellationToken = default)
    {
        var guildId = options.Value.GuildId;
        var scope = Scope;
        var commands = BuildCommands();
        var problems = ApplicationCommandValidator.Validate(commands);
        if (problems.Count > 0)
        {
            return CommandRegistrationResult.Failed(scope, "The command catalog breaks Discord's rules: " + string.Join(" ", problems));
        }

        try
        {
            var appId = applicationId ?? options.Value.ApplicationId ?? (await rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
            var registered = await rest.BulkOverwriteCommandsAsync(appId, guildId, commands, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Registered {Count} command(s) ({Scope}): {Names}", registered.Count, scope, string.Join(", ", registered.Select(c => "/" + c.Name)));
            return new CommandRegistrationResult(true, scope, registered, null);
        }
        catch (DiscordHttpException ex) when (ex.Status == HttpStatusCode.Unauthorized)
        {
            return CommandRegistrationResult.Failed(scope, "Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN.");
        }
        catch (DiscordHttpException ex) when (ex.Status == HttpStatusCode.Forbidden && guildId is not null)
        {
            return CommandRegistrationResult.Failed(scope,
                $"Discord refused commands in guild {guildId} (403): invite the bot there with the applications.commands scope, or unset DISCORD_GUILD_ID.");
        }
        catch (DiscordHttpException ex)
        {
            return CommandRegistrationResult.Failed(scope, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return CommandRegistrationResult.Failed(scope, $"Could not reach Discord at {options.Value.ApiBaseUrl}: {ex.Message}");
        }
    }
}
