using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The shape of a reported clause: whether the words after a verb are a clause at all, where the clause ends, and
/// whether a cue closes its sentence (what it reports came before it).
/// </summary>
internal static class ReportedClause
{
    /// <summary>
    /// Without "that", what follows is a clause when an auxiliary, a modal or a verb of thinking comes within its first
    /// words ("said the victims were …", "stated police believe …"); "claimed victory in the vote" is a thing claimed.
    /// A <paramref name="strict"/> reading (a verb marked <see cref="VerbUse.Finite"/>, as "announced" is) needs an
    /// auxiliary or modal: "announced the name of the disease first recognized …" names a thing.
    /// </summary>
    public static bool LooksLikeClause(IReadOnlyList<Token> tokens, int pos, int last, bool strict = false)
    {
        for (var i = pos; i < last && i < pos + (strict ? StrictClauseVerbWindow : ClauseVerbWindow); i++)
        {
            // "claimed a right to have a say": an infinitive is no clause of its own; "declared rates to be …" is a claim.
            var infinitive = i > pos && tokens[i - 1].Is("to") && !tokens[i].Is("be");
            if (strict)
            {
                if (tokens[i].IsWord && !tokens[i].InQuote && ArticleRules.FiniteAuxiliaries.Contains(tokens[i].Bare))
                {
                    return true;
                }
                continue;
            }
            if (tokens[i].IsWord && !tokens[i].InQuote && (ArticleRules.ClauseVerbs.Contains(tokens[i].Bare) && !infinitive || ReportWithinReport(tokens, pos, i)))
            {
                return true;
            }
            if (i > pos && tokens[i].IsWord && !tokens[i].InQuote && tokens[i].Bare.EndsWith("ed", StringComparison.Ordinal) && !tokens[i].IsCapitalized
                // "said 18 people died"; "reported 1,051,635 confirmed cases" counts a thing.
                && (ArticleRules.ClauseOpeners.Contains(tokens[pos].Bare) || char.IsAsciiDigit(tokens[pos].Text[0]) && !tokens[i - 1].Text.Any(char.IsAsciiDigit)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "said his roommates said they …": a finite speech verb after a subject of its own is a report within the report;
    /// "to have a say", "by saying", ", writing" are no such verb.
    /// </summary>
    private static bool ReportWithinReport(IReadOnlyList<Token> tokens, int pos, int i) =>
        i > pos && ArticleRules.SpeechVerbs.At(tokens, i) is { } verb && (verb.Can(VerbUse.Clause) || verb.Can(VerbUse.Object))
        && !tokens[i].Bare.EndsWith("ing", StringComparison.Ordinal) && tokens[i - 1] is { IsWord: true, InQuote: false } before
        && !(ArticleRules.Determiners.Contains(before.Bare) || ArticleRules.Prepositions.Contains(before.Bare) || ArticleRules.Auxiliaries.Contains(before.Bare));

    private static bool AboutTheSpeaker(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind is TokenKind.Comma or TokenKind.Stop)
            {
                return false;
            }
            if (tokens[i].IsWord && !tokens[i].InQuote && tokens[i].Bare is "his" or "her")
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpensOwnClause(Token token) =>
        token.IsWord && !token.InQuote && (token.IsCapitalized || ArticleRules.Determiners.Contains(token.Bare));

    /// <summary>"… while Interior Minister Brudziński wrote …": a reported clause stops where the sentence's next cue begins.</summary>
    public static int ClauseEnd(IReadOnlyList<Token> tokens, int pos, int last, int nextCueStart)
    {
        for (var i = pos; i + 1 < last; i++)
        {
            // "… was disappointed by the decision: "While we await …"": the quotation the colon opens is its own statement;
            // "…; TVN24 reported …": a semicolon closes the claim.
            if (tokens[i].Kind == TokenKind.Colon && !tokens[i].InQuote && tokens[i + 1].Kind == TokenKind.Quote
                || tokens[i].Kind == TokenKind.Semicolon && !tokens[i].InQuote)
            {
                return i;
            }
            // "… funding for the wall, which was one of his campaign promises, but Congress has not …": the reporter's
            // aside about the speaker ("his", "her") and a contrast with a subject of its own end the claim.
            if (tokens[i].Kind == TokenKind.Comma && !tokens[i].InQuote && i + 2 < last
                && (tokens[i + 1].Bare is "which" or "who" && AboutTheSpeaker(tokens, i + 2, Math.Min(last, i + 10))
                    || ArticleRules.Connectives.Contains(tokens[i + 1].Bare) && tokens[i + 1].Bare is not "and" && OpensOwnClause(tokens[i + 2])
                    // "… should be opened up to agriculture, and his critics … blame him …": the reporter turns to the speaker.
                    || tokens[i + 1].Is("and") && tokens[i + 2].Bare is "his" or "her" && !tokens[i + 2].InQuote))
            {
                return i;
            }
            // "… was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union": the reporter's gloss on a name.
            if (tokens[i].Kind == TokenKind.Comma && !tokens[i].InQuote && i > pos && tokens[i - 1].IsCapitalized && !tokens[i - 1].InQuote
                && tokens[i + 1].Bare is "a" or "an" && !tokens[i + 1].InQuote)
            {
                return i;
            }
            // "… were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State": a
            // "which" clause after a named thing explains the name to the reader.
            if (tokens[i].Kind == TokenKind.Comma && !tokens[i].InQuote && i > pos + 1 && tokens[i + 1].Is("which") && !tokens[i + 1].InQuote
                && NamedJustBefore(tokens, pos, i))
            {
                return i;
            }
            // "… used by the assailant, reported by The Guardian as …": another source's words inserted; the claim ends.
            if (tokens[i].Kind == TokenKind.Comma && !tokens[i].InQuote && i + 2 < last
                && (ArticleRules.SpeechVerbs.At(tokens, i + 1) is { IsAccordingTo: false } && tokens[i + 2].Is("by")
                    || ArticleRules.SpeechVerbs.At(tokens, i + 1) is { IsAccordingTo: true }))
            {
                return i;
            }
            // '… there were "fine people on both sides," meaning …': the reporter's comment after the quotation.
            if (tokens[i].Kind == TokenKind.Quote && !tokens[i].InQuote && i > pos && tokens[i - 1].InQuote && i + 2 < last
                && (tokens[i - 1].Kind == TokenKind.Comma || tokens[i + 1].Kind == TokenKind.Comma)
                && tokens[i + 2].IsWord && ArticleRules.NarrationAfterQuote.Contains(tokens[i + 2].Bare))
            {
                return i + 1;
            }
        }
        if (nextCueStart >= last || nextCueStart <= pos
            || !(tokens[nextCueStart - 1].Kind is TokenKind.Comma or TokenKind.Semicolon || tokens[nextCueStart - 1].IsWord && ArticleRules.Connectives.Contains(tokens[nextCueStart - 1].Bare)))
        {
            // A cue inside the clause with no break before it is part of what was said ("said the US has insisted that …").
            return last;
        }
        var end = nextCueStart;
        while (end > pos && (tokens[end - 1].Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Dash
            || tokens[end - 1].IsWord && ArticleRules.Connectives.Contains(tokens[end - 1].Bare)))
        {
            end--;
        }
        return end;
    }

    /// <summary>A name among the last words before <paramref name="comma"/> (not the clause's first word, capitalised anyway).</summary>
    private static bool NamedJustBefore(IReadOnlyList<Token> tokens, int pos, int comma)
    {
        for (var k = comma - 1; k > pos && k >= comma - 3; k--)
        {
            if (tokens[k].IsCapitalized && !tokens[k].InQuote)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"…, Zapata said, adding it required …": a cue between commas, then a participle cue, closes what came before.</summary>
    public static bool FollowedByParticiple(IReadOnlyList<Token> tokens, SpeechCue cue, int last) =>
        cue.Last + 1 < last && tokens[cue.Last].Kind == TokenKind.Comma && tokens[cue.Last + 1].IsWord
        && tokens[cue.Last + 1].Bare.EndsWith("ing", StringComparison.Ordinal) && ArticleRules.SpeechVerbs.At(tokens, cue.Last + 1) is not null;

    private const int ClauseVerbWindow = 8;

    /// <summary>With no other sign of a clause, its verb may come after a longer subject.</summary>
    private const int StrictClauseVerbWindow = 10;


    /// <summary>
    /// True when what follows the cue to the sentence's end is no clause of its own: time, place, listener, the
    /// speaker's role ("…, said Tan Kefei, spokesperson for the ministry, at a press conference on Thursday.").
    /// </summary>
    public static bool ClosesSentence(IReadOnlyList<Token> tokens, SpeechCue cue, int last)
    {
        for (var i = cue.Last; i < last; i++)
        {
            var token = tokens[i];
            if (token.InQuote || token.Kind == TokenKind.Quote
                || token.IsWord && (ArticleRules.ClauseVerbs.Contains(token.Bare) || ArticleRules.Pronouns.Contains(token.Bare) || token.Is("that")
                    || token.Is("they") || token.Is("it") || ArticleRules.SpeechVerbs.At(tokens, i) is not null))
            {
                return false;
            }
        }
        return true;
    }
}
