namespace StatementBot.Discord.Gateway;

/// <summary>The gateway refused the bot in a way reconnecting cannot fix; the message is the line shown to the user.</summary>
public sealed class GatewayFatalException(string message, int? closeCode = null) : Exception(message)
{
    public int? CloseCode { get; } = closeCode;
}
