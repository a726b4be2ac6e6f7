using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Commands.Routing;
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
    CommandRouter router,
    IOptions<DiscordOptions> options,
    ILogger<DiscordCommandRegistrar> logger)
{
    /// <summary>The commands as Discord will receive them.</summary>
    public IReadOnlyList<ApplicationCommand> BuildCommands() => CommandCatalogMapper.ToApplicationCommands(router.Catalog);

    /// <param name="applicationId">The application id when already known (from READY); otherwise configuration, then <c>GET /applications/@me</c>.</param>
    public async Task<CommandRegistrationResult> RegisterAsync(string? applicationId = null, CancellationToken cancellationToken = default)
    {
        var guildId = options.Value.GuildId;
        var scope = guildId is null ? "global" : "guild " + guildId;
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
