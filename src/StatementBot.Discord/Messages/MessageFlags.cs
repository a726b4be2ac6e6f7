namespace StatementBot.Discord.Messages;

/// <summary>The message flags an interaction response may set (FACTS §4).</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the user who ran the command sees the message.</summary>
    Ephemeral = 1 << 6,
}
