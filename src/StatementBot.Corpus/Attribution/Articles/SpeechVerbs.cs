namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Recognises a speech verb at a token ("said", "pointed out") outside quotations.</summary>
internal static class SpeechVerbs
{
    /// <summary>True when a speech verb (not "according to", which names no subject) starts at token <paramref name="i"/>.</summary>
    public static bool IsVerbAt(IReadOnlyList<Token> tokens, int i, int last) => Length(tokens, i, last) > 0 && !tokens[i].Is("according");

    /// <summary>How many tokens the speech verb at <paramref name="i"/> spans (0 when there is none, 2 for "pointed out").</summary>
    public static int Length(IReadOnlyList<Token> tokens, int i, int last)
    {
        var token = tokens[i];
        if (!token.IsWord || token.InQuote || token.IsCapitalized && i > 0 && tokens[i - 1].Kind != TokenKind.Quote)
        {
            return 0;
        }
        if (Vocabulary.PhrasalSpeechVerbs.TryGetValue(token.Bare, out var particle))
        {
            return i + 1 <= last && tokens[i + 1].Is(particle) ? 2 : 0;
        }
        return Vocabulary.SpeechVerbs.Contains(token.Bare) ? 1 : 0;
    }
}
