namespace StatementBot.Benchmarks.KnownItems;

/// <summary>Where each engine ranked one known item (1–10), or null when it was not in the first ten.</summary>
public sealed record KnownItemRank(int Line, string Query, int? StatementBot, int? Fts5);
