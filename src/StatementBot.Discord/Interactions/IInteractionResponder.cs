namespace StatementBot.Discord.Interactions;

/// <summary>
/// Sends the initial response to an interaction: over REST for gateway interactions, inline in the HTTP answer for
/// the interactions endpoint. Later edits always go over REST (<c>@original</c>).
/// </summary>
public interface IInteractionResponder
{
    Task RespondAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Whether the initial response can upload files; when not, a reply with files is deferred, then sent as an edit.</summary>
    bool CarriesFiles => true;
}
