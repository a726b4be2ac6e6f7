namespace StatementBot.Discord.Interactions;

/// <summary>The body of an interaction callback (or of the HTTP endpoint's inline answer).</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);
}
