namespace StatementBot.Discord.Messages;

/// <summary>The message component types the bot sends (FACTS §5).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
}
