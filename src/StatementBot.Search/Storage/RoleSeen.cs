namespace StatementBot.Search.Storage;

/// <summary>One role a speaker's statements give them, with how many statements give it and the first and last date.</summary>
public sealed record RoleSeen(string Role, int Statements, DateOnly? First, DateOnly? Last);
