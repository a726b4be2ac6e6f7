using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Which cue a quotation belongs to: the one right after it ("…," Tan said), the one right before it (Tan said:
/// "…"; Tan told reporters on Tuesday that "…"), the clause it sits in (Tan said the plan was "…"), or the one
/// speaker every cue of the sentence names.
/// </summary>
internal static class QuoteCues
{
    private const int MaxGap = 12;

    public static (SpeechCue? Cue, bool Adjacent) For(ArticleSentence sentence, QuoteSpan quote, IReadOnlyList<SpeechCue> cues)
    {
        if (cues.Count == 0)
        {
            return (null, false);
        }
        var tokens = sentence.Paragraph.Tokens;
        var open = TokenAt(tokens, quote.Open);
        var close = quote.Closed ? TokenAt(tokens, quote.Close) : tokens.Count - 1;
        foreach (var cue in cues)
        {
            if (cue.First > close && AllBetween(tokens, close + 1, cue.First, t => t.Kind is TokenKind.Comma or TokenKind.Dash))
            {
                return (cue, true);
            }
        }
        SpeechCue? before = null;
        foreach (var cue in cues)
        {
            if (cue.Last <= open && open - cue.Last <= MaxGap && AllBetween(tokens, cue.Last, open, IsIntroduction))
            {
                before = cue;
            }
        }
        if (before is not null)
        {
            return (before, true);
        }
        SpeechCue? clause = null;
        foreach (var cue in cues)
        {
            if (cue.Last <= open && (cue.Verb.Can(VerbUse.Clause) || cue.Verb.Can(VerbUse.That) || cue.Verb.Can(VerbUse.Object)))
            {
                clause = cue;
            }
        }
        if (clause is not null)
        {
            return (clause, false);
        }
        foreach (var cue in cues)
        {
            // "Trump characterized the call with Zelensky as "…"": a verb that introduces quotations, a few words before.
            if (cue.Last <= open && open - cue.Last <= MaxGap && cue.Verb.Can(VerbUse.Quote))
            {
                return (cue, false);
            }
        }
        var speakers = cues.Select(c => c.Speaker).Distinct().ToList();
        return speakers.Count == 1 ? (cues[0], false) : (null, false);
    }

    public static int TokenAt(IReadOnlyList<Token> tokens, int charIndex)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= charIndex)
            {
                return i;
            }
        }
        return tokens.Count - 1;
    }

    /// <summary>What may stand between a cue and its quotation: punctuation, "that", time, place and listener words, names.</summary>
    private static bool IsIntroduction(Token token) =>
        token.Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash
        || token.IsWord && !token.InQuote && (token.Is("that") || ArticleRules.SettingWords.Contains(token.Bare) || ArticleRules.Listeners.Contains(token.Bare)
            || ArticleRules.Prepositions.Contains(token.Bare) || ArticleRules.StatementNouns.Contains(token.Bare) || token.IsCapitalized
            || char.IsDigit(token.Text[0]));

    private static bool AllBetween(IReadOnlyList<Token> tokens, int from, int to, Func<Token, bool> test)
    {
        for (var i = from; i < to; i++)
        {
            if (!test(tokens[i]))
            {
                return false;
            }
        }
        return true;
    }
}
