namespace StatementBot.Discord.Interactions;

/// <summary>A message as Discord resolves it for a message command; only its text is read.</summary>
public sealed record ResolvedMessage(string? Id = null, string? Content = null);
