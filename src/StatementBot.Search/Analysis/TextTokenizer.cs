using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>Runs the exact analysis over a text and keeps each token with its offsets.</summary>
internal static class TextTokenizer
{
    private static readonly ExactAnalyzer Analyzer = new(oneSpelling: true);

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new TextToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
