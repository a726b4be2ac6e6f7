namespace StatementBot.Search.Schema;

/// <summary>An analysed query word and its position, so a hyphenated word or a phrase keeps its word order and gaps.</summary>
public readonly record struct PositionedTerm(string Term, int Position);
