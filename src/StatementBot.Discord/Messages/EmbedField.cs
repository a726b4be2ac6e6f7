namespace StatementBot.Discord.Messages;

/// <summary>A name/value pair in an embed; <paramref name="Inline"/> fields sit side by side.</summary>
public sealed record EmbedField(string Name, string Value, bool? Inline = null);
