namespace StatementBot.Discord.Rest;

/// <summary>The JSON error codes the bot reacts to (opcodes-and-status-codes.mdx).</summary>
public static class DiscordErrorCode
{
    public const int UnknownWebhook = 10015;

    /// <summary>The interaction token expired or was never valid: the 3-second window passed.</summary>
    public const int UnknownInteraction = 10062;

    public const int UnknownApplicationCommand = 10063;
    public const int CannotSendEmptyMessage = 50006;
    public const int InvalidFormBody = 50035;

    /// <summary>Someone (or an earlier attempt) already answered this interaction.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;
}
