namespace StatementBot.Discord.Messages;

/// <summary>The small line under an embed (plain text).</summary>
public sealed record EmbedFooter(string Text);
