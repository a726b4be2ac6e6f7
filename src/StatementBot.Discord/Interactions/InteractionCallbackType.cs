namespace StatementBot.Discord.Interactions;

/// <summary>How the bot answers an interaction (FACTS §4).</summary>
public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,

    /// <summary>"Thinking…"; the answer follows by editing <c>@original</c>. Only the ephemeral flag may be set.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>For components: acknowledge now, edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>For components: replace the message the button is on.</summary>
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
}
