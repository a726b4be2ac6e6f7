namespace StatementBot.Discord.Interactions;

/// <summary>What kind of interaction Discord sent (FACTS §3).</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
