namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A quotation in a paragraph: the opening mark and the closing one (or the paragraph's end when it stays open).</summary>
internal readonly record struct QuoteSpan(int Open, int Close, bool Closed)
{
    public int ContentStart => Open + 1;

    public int ContentEnd => Close;

    /// <summary>The index just past the closing mark.</summary>
    public int End => Closed ? Close + 1 : Close;

    public bool Contains(int index) => index > Open && index < Close;
}
