namespace StatementBot.Search.Analysis;

/// <summary>One exact token of a text and where it is (character offsets into the original text).</summary>
internal readonly record struct TextToken(string Term, int Start, int End);
