using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Splits a paragraph into sentences at full stops, question and exclamation marks outside quotations. A quotation
/// that ends a sentence ("... barbarity." He said) ends it after its closing mark; a quotation is never split.
/// </summary>
internal static class SentenceSplitter
{
    private const int MaxAttributionTokens = 16;

    public static IReadOnlyList<ArticleSentence> Split(ArticleParagraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var sentences = new List<ArticleSentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = BoundaryAfter(tokens, i);
            if (end < 0)
            {
                continue;
            }
            Add(paragraph, sentences, first, end);
            first = end + 1;
            i = end;
        }
        if (first < tokens.Count)
        {
            Add(paragraph, sentences, first, tokens.Count - 1);
        }
        return sentences;
    }

    /// <summary>The index of the sentence's last token when a sentence ends at token <paramref name="i"/>; -1 otherwise.</summary>
    private static int BoundaryAfter(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Stop || i + 1 >= tokens.Count)
        {
            return -1;
        }
        if (!token.InQuote)
        {
            var last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].Kind is TokenKind.Stop or TokenKind.CloseParen)
            {
                last++;
            }
            return last + 1 < tokens.Count && StartsSentence(tokens[last + 1]) ? last : -1;
        }
        // A full stop just inside a closing quotation mark: "... barbarity." He said.
        var close = i + 1;
        while (close < tokens.Count && tokens[close].Kind == TokenKind.CloseParen)
        {
            close++;
        }
        if (token.Text is "." or "?" or "!" && close < tokens.Count && tokens[close].Kind == TokenKind.Quote && !tokens[close].InQuote
            && close + 1 < tokens.Count && StartsSentence(tokens[close + 1]) && !IsTrailingAttribution(tokens, close + 1))
        {
            return close;
        }
        return -1;
    }

    /// <summary>
    /// "... first order in two days!" Macron told the world on Thursday.: the words after the quotation are its
    /// attribution (a speech verb and nothing quoted after it before the next full stop), not a new sentence.
    /// </summary>
    private static bool IsTrailingAttribution(IReadOnlyList<Token> tokens, int from)
    {
        var verb = -1;
        var otherWords = 0;
        for (var j = from; j < tokens.Count && j - from < MaxAttributionTokens; j++)
        {
            var token = tokens[j];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon || token.Is("that"))
            {
                return false;
            }
            if (token.Kind == TokenKind.Stop)
            {
                return verb >= 0;
            }
            if (verb < 0 && SpeechVerbAt(tokens, j) is { IsAccordingTo: false })
            {
                verb = j;
            }
            else if (verb >= 0 && token.IsWord && !token.IsCapitalized && !char.IsDigit(token.Text[0])
                && !ArticleRules.SettingWords.Contains(token.Bare) && token.Bare is not ("of" or "and" or "for" or "by" or "about" or "out")
                && (ArticleRules.Pronouns.Contains(token.Bare) || token.Bare is "they" or "it" or "we" or "i" || ++otherWords > 2))
            {
                // Words of their own after the verb: a new sentence ("Trump also said he would ...").
                return false;
            }
        }
        return false;
    }

    private static SpeechVerb? SpeechVerbAt(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsWord && !tokens[i].InQuote ? ArticleRules.SpeechVerbs.At(tokens, i) : null;

    private static bool StartsSentence(Token next) =>
        next.Kind == TokenKind.Quote || next.Kind == TokenKind.OpenParen
        || next.Kind == TokenKind.Word && (char.IsUpper(next.Text[0]) || char.IsDigit(next.Text[0]));

    private static void Add(ArticleParagraph paragraph, List<ArticleSentence> sentences, int first, int last)
    {
        var tokens = paragraph.Tokens;
        sentences.Add(new ArticleSentence(paragraph, tokens[first].Start, tokens[last].End, first, last - first + 1)
        {
            Number = sentences.Count,
        });
    }
}
