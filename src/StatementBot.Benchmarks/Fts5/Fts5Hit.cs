namespace StatementBot.Benchmarks.Fts5;

/// <summary>One FTS5 hit with what a reply shows: who, when, where from, and the snippet FTS5 cut.</summary>
public sealed record Fts5Hit(long Row, string Speaker, string? Role, int? Date, string Title, string? Url, string Snippet, double Rank);
