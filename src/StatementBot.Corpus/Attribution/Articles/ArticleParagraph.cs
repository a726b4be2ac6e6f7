namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// One paragraph of an article prepared for attribution: its text with typographic quotes made plain (offsets
/// unchanged, so spans map back to the original), its quotations, tokens and sentences.
/// </summary>
internal sealed class ArticleParagraph
{
    public ArticleParagraph(int index, string original)
    {
        Index = index;
        Original = original;
        Text = Plain(original);
        Quotes = FindQuotes(original);
        Tokens = Tokenizer.Tokenize(Text, Quotes);
        Sentences = SentenceSplitter.Split(this);
    }

    public int Index { get; }

    public string Original { get; }

    /// <summary>The text with “ ” „ as " and ‘ ’ as ', same length as <see cref="Original"/>.</summary>
    public string Text { get; }

    public IReadOnlyList<QuoteSpan> Quotes { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<ArticleSentence> Sentences { get; }

    /// <summary>True when the paragraph opens with a quotation mark (a quote continued from the paragraph before).</summary>
    public bool OpensWithQuote => Quotes.Count > 0 && Quotes[0].Open == 0;

    public QuoteSpan? QuoteAt(int openIndex)
    {
        foreach (var quote in Quotes)
        {
            if (quote.Open == openIndex)
            {
                return quote;
            }
        }
        return null;
    }

    public bool InsideQuote(int index) => Quotes.Any(q => q.Contains(index));

    private static string Plain(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '“' or '”' or '„' or '‟' or '«' or '»' => '"',
                '‘' or '’' or '‛' => '\'',
                var c => c,
            };
        }
    });

    /// <summary>
    /// Pairs quotation marks: typographic ones by direction, straight ones by alternation. A quote still open at
    /// the end runs to the end of the paragraph (news style continues it in the next paragraph).
    /// </summary>
    private static List<QuoteSpan> FindQuotes(string text)
    {
        var quotes = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('"' or '“' or '”' or '„' or '«' or '»'))
            {
                continue;
            }
            var opening = c is '“' or '„' or '«' || (c == '"' && open < 0);
            if (opening && open < 0)
            {
                open = i;
            }
            else if (!opening && open >= 0)
            {
                quotes.Add(new QuoteSpan(open, i, Closed: true));
                open = -1;
            }
            else if (opening)
            {
                // A second opening mark before a close: the first quote was never closed; start again here.
                open = i;
            }
        }
        if (open >= 0)
        {
            quotes.Add(new QuoteSpan(open, text.Length, Closed: false));
        }
        return quotes;
    }
}
