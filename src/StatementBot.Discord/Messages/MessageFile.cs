namespace StatementBot.Discord.Messages;

/// <summary>The bytes of one file a message uploads; sent as the part <c>files[n]</c> of a multipart body, never as JSON.</summary>
public sealed record MessageFile(string FileName, string ContentType, byte[] Content);
