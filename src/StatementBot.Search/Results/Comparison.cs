namespace StatementBot.Search.Results;

/// <summary>Two speakers side by side, on a topic (<see cref="About"/>) or overall when it is null.</summary>
public sealed record Comparison(string? About, CompareSide A, CompareSide B);
