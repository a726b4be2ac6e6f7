namespace StatementBot.Discord.Messages;

/// <summary>A button: either a custom id (sends a component interaction) or a URL (a link button).</summary>
public sealed record ButtonComponent(ButtonStyle Style, string Label, string? CustomId = null, string? Url = null, bool? Disabled = null)
{
    public ComponentType Type => ComponentType.Button;
}
