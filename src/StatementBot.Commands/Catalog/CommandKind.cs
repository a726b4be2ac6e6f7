namespace StatementBot.Commands.Catalog;

/// <summary>How a user reaches a command.</summary>
public enum CommandKind
{
    /// <summary>Typed: a slash command in Discord, a verb in the terminal, a line in chat and batch.</summary>
    Slash,

    /// <summary>
    /// On a message's menu in Discord (Apps › name): no options to type; the message's text arrives as the option
    /// <see cref="CommandDefinition.MessageTextOption"/>. Not a terminal verb: its slash twin does the same there.
    /// </summary>
    Message,
}
