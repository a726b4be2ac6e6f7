using Microsoft.Extensions.Options;
using StatementBot.Discord.Security;

namespace StatementBot.Discord.Configuration;

/// <summary>
/// Checks the shape of every Discord setting that is present (ids are snowflakes, the public key is an Ed25519
/// key, the base URL is absolute, the shard fits). Which settings must be present depends on the mode and is
/// checked by <see cref="DiscordRequirementValidator"/>.
/// </summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();

        if (options.Token is { } token && (token.Any(char.IsWhiteSpace) || token.StartsWith("Bot ", StringComparison.Ordinal)))
        {
            failures.Add("DISCORD_TOKEN looks wrong: give the bare bot token, without \"Bot \" or spaces.");
        }

        CheckSnowflake(options.ApplicationId, "DISCORD_APPLICATION_ID", failures);
        CheckSnowflake(options.GuildId, "DISCORD_GUILD_ID", failures);

        if (options.PublicKey is { } key && InteractionSignatureVerifier.TryCreate(key, out _) is false)
        {
            failures.Add("DISCORD_PUBLIC_KEY is not an Ed25519 public key: copy the 64 hex characters from the Developer Portal (General Information → Public Key).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"DISCORD_API_BASE_URL must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}.");
        }

        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            failures.Add($"The shard must satisfy 0 <= DISCORD_SHARD_ID < DISCORD_SHARD_COUNT (got [{options.ShardId}, {options.ShardCount}]).");
        }

        if (options.DeferAfter <= TimeSpan.Zero || options.DeferAfter >= TimeSpan.FromSeconds(3))
        {
            failures.Add("DeferAfter must be between 0 and 3 seconds: Discord drops interactions not acknowledged within 3 s.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSnowflake(string? value, string setting, List<string> failures)
    {
        if (value is not null && !Snowflake.IsValid(value))
        {
            failures.Add($"{setting} must be a Discord id (digits only, e.g. 123456789012345678), not \"{value}\".");
        }
    }
}
