using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Interactions;

/// <summary>Answers gateway interactions with <c>POST /interactions/{id}/{token}/callback</c>: the gateway never carries responses.</summary>
public sealed class RestInteractionResponder(DiscordRestClient rest) : IInteractionResponder
{
    public Task RespondAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
}
