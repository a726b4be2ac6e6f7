namespace StatementBot.Discord.Messages;

/// <summary>An embed's picture (http(s) or <c>attachment://</c> for a file uploaded with the message).</summary>
public sealed record EmbedImage(string Url);
