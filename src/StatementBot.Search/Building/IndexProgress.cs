namespace StatementBot.Search.Building;

/// <summary>How far an index build has got.</summary>
public sealed record IndexProgress(int StatementsDone, int StatementsTotal);
