namespace StatementBot.Discord.Messages;

/// <summary>Which mentions in a message may ping. The bot always sends <see cref="None"/>: corpus text never pings anyone.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary><c>{"parse": []}</c>: no user, role or @everyone ping, whatever the text says (FACTS §5).</summary>
    public static AllowedMentions None { get; } = new(Array.Empty<string>());
}
