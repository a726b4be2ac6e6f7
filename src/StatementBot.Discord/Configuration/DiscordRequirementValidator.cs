using Microsoft.Extensions.Options;

namespace StatementBot.Discord.Configuration;

/// <summary>
/// One setting a mode cannot start without (the gateway needs the token, the HTTP endpoint the public key),
/// with the one line that tells the user what to set.
/// </summary>
public sealed class DiscordRequirementValidator(Func<DiscordOptions, bool> isPresent, string message) : IValidateOptions<DiscordOptions>
{
    public static DiscordRequirementValidator Token(string mode) => new(
        o => !string.IsNullOrWhiteSpace(o.Token),
        $"DISCORD_TOKEN is not set: {mode} needs the bot token (Developer Portal → your application → Bot → Reset Token).");

    public static DiscordRequirementValidator PublicKey(string mode) => new(
        o => !string.IsNullOrWhiteSpace(o.PublicKey),
        $"DISCORD_PUBLIC_KEY is not set: {mode} verifies every request with the application's public key (Developer Portal → General Information).");

    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        isPresent(options) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(message);
}
