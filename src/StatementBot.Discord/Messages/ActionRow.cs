namespace StatementBot.Discord.Messages;

/// <summary>A row of up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<ButtonComponent> Components)
{
    public ComponentType Type => ComponentType.ActionRow;
}
