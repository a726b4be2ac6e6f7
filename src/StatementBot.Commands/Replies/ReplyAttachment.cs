namespace StatementBot.Commands.Replies;

/// <summary>
/// A file a reply carries (a chart, an export), front-end neutral: Discord uploads it with the message, the terminal
/// writes it where the user asked (<c>--out</c>), JSON names it.
/// </summary>
/// <param name="Description">What the file shows, for screen readers and the terminal's one-line summary.</param>
public sealed record ReplyAttachment(string FileName, string ContentType, byte[] Content, string? Description = null);
