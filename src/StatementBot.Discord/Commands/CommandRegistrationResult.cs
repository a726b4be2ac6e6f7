namespace StatementBot.Discord.Commands;

/// <summary>What <c>register</c> did: the commands Discord now has in <see cref="Scope"/>, or why nothing was registered.</summary>
/// <param name="Scope">"guild 123…" or "global".</param>
public sealed record CommandRegistrationResult(bool Succeeded, string Scope, IReadOnlyList<ApplicationCommand> Commands, string? Error)
{
    public static CommandRegistrationResult Failed(string scope, string error) => new(false, scope, [], error);
}
