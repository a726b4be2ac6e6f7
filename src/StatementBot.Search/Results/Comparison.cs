namespace StatementBot.Search.Results;

public sealed record Comparison(string? About, CompareSide A, CompareSide B);
