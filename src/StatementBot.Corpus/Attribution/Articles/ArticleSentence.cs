namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A sentence of a paragraph: the paragraph, the character range, and the range of its tokens.</summary>
internal sealed record ArticleSentence(ArticleParagraph Paragraph, int Start, int End, int FirstToken, int TokenCount)
{
    public Token this[int i] => Paragraph.Tokens[FirstToken + i];

    public string Text => Paragraph.Text[Start..End];

    /// <summary>The sentence's position within its paragraph.</summary>
    public int Number { get; init; }
}
