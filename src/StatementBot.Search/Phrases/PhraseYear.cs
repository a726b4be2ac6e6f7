namespace StatementBot.Search.Phrases;

/// <summary>How many dated statements said a phrase in one year.</summary>
public sealed record PhraseYear(int Year, int Statements);
