namespace StatementBot.Search.Watching;

/// <summary>A watch that can run: its query as typed and the speaker's full name the filter resolved to.</summary>
public sealed record WatchCheck(string Query, string? Speaker);
