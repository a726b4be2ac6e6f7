namespace StatementBot.Commands.Replies;

/// <summary>A labelled fact in a reply ("Roles", "Statements", "First – last").</summary>
public sealed record ReplyField(string Name, string Value);
