using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A quotation a colon introduces: its speaker is the subject of the words before the colon.</summary>
internal sealed class ColonIntroductions(Focus focus)
{
    /// <summary>"In his message, he appreciated Soleimani's lifepath: "…"": the subject of a sentence that a colon closes before the quote.</summary>
    /// <remarks>Introduced is true when a colon introduces the quote after a subject: the speaker is that subject, or nobody when it is not understood.</remarks>
    public (bool Introduced, ArticlePerson? Speaker) Speaker(ArticleSentence sentence, QuoteSpan quote, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Paragraph.Tokens;
        var open = QuoteCues.TokenAt(tokens, quote.Open);
        if (open == 0 || tokens[open - 1].Kind != TokenKind.Colon)
        {
            return (false, null);
        }
        var statementNoun = false;
        for (var i = sentence.FirstToken; i < open; i++)
        {
            statementNoun |= tokens[i].IsWord && !tokens[i].InQuote && ArticleRules.StatementNouns.Contains(tokens[i].Bare);
        }
        foreach (var mention in mentions)
        {
            if (mention.PhraseStart >= open)
            {
                break;
            }
            var afterPreposition = mention.PhraseStart > sentence.FirstToken && ArticleRules.Prepositions.Contains(tokens[mention.PhraseStart - 1].Bare);
            var affiliation = mention.Kind == MentionKind.Organisation && mentions.Any(m => m.Kind == MentionKind.Person && m.PhraseStart <= mention.End + 3 && m.PhraseStart >= mention.End);
            // "Former CIA deputy director Michael Morell": an organisation inside a person's role phrase is theirs.
            var inRole = mentions.Any(m => m != mention && m.Kind == MentionKind.Person && m.PhraseStart <= mention.PhraseStart && mention.End <= m.Start);
            if (afterPreposition || mention.Possessive || affiliation || inRole || mention.Kind == MentionKind.Candidate)
            {
                continue;
            }
            var person = mention.Kind switch
            {
                MentionKind.Pronoun => focus.Resolve(mention.Parts[0]),
                MentionKind.Description => focus.Described(mention.Parts),
                _ => mention.Person,
            };
            var opensSentence = Enumerable.Range(sentence.FirstToken, Math.Max(0, mention.PhraseStart - sentence.FirstToken))
                .All(i => tokens[i].IsCapitalized || tokens[i].Kind == TokenKind.Comma || ArticleRules.IsRoleNoun(tokens[i].Bare) || ArticleRules.RoleModifiers.Contains(tokens[i].Bare));
            return statementNoun || opensSentence ? (true, person) : (false, null);
        }
        return (false, null);
    }
}
