namespace StatementBot.Search.Phrases;

/// <summary>One speaker of a phrase: how many of their statements say it, and when they first and last did.</summary>
public sealed record PhraseSpeaker(string Name, int Statements, DateOnly? First, DateOnly? Last);
