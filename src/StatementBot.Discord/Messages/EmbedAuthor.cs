namespace StatementBot.Discord.Messages;

/// <summary>The line above an embed's title (plain text: Discord does not render markdown there).</summary>
public sealed record EmbedAuthor(string Name, string? Url = null);
