namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A range of characters in one paragraph of an article.</summary>
internal readonly record struct TextRange(int Paragraph, int Start, int End);
