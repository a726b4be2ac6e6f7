namespace StatementBot.Corpus.Speakers;

/// <summary>One role the documents give a speaker: how many statements give it, and the first and last date they do.</summary>
public sealed record RoleSpan(string Role, int Statements, DateOnly? First, DateOnly? Last);
