using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// What a cue reports in indirect speech, as a range of the sentence: the clause after the verb ("said (that) the
/// plan …", "told reporters the plan …", past "in a statement on Tuesday,"), the clause before a closing cue ("The
/// plan will fail, Tan said."), or around "according to". Null when the verb takes a thing, not a claim ("announced
/// a plan"), or nothing is left.
/// </summary>
internal static class ReportedSpeech
{
    private const int MinWords = 3;

    /// <summary>A claim this short ("18 people died") holds no speech verb of its own ("the governor said" is a cue).</summary>
    private const int ShortClaim = 3;

    private const int MaxAside = 8;

    public static List<TextRange>? Content(ArticleSentence sentence, SpeechCue cue, IReadOnlyList<Mention> mentions, int nextCueStart = int.MaxValue)
    {
        var before = (TextRange?)null;
        var range = Find(sentence, cue, mentions, nextCueStart, ref before);
        return range is not { } found ? null : before is { } opening ? [opening, found] : [found];
    }

    private static TextRange? Find(ArticleSentence sentence, SpeechCue cue, IReadOnlyList<Mention> mentions, int nextCueStart, ref TextRange? before)
    {
        var tokens = sentence.Paragraph.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var last = end;
        while (last > first && tokens[last - 1].Kind is TokenKind.Stop or TokenKind.CloseParen && !tokens[last - 1].InQuote)
        {
            last--;
        }
        // "…, largely Kurdish and, according to Turkey, supportive of the PKK": the words after the source are the claim.
        // "…, according to prosecutor Josh Bash, the U.S. Attorney for …": a role after the source is still the source.
        var accordingMidSentence = cue.Verb.IsAccordingTo && cue.Last + 1 < last && tokens[cue.Last].Kind == TokenKind.Comma && Range(sentence, cue.Last + 1, last) is not null
            && !(tokens[cue.Last + 1].IsWord && (ArticleRules.Determiners.Contains(tokens[cue.Last + 1].Bare) || tokens[cue.Last + 1].IsCapitalized));
        // A closing cue follows what it reports after a comma or dash; "The Chilean Armed Forces said on Sunday, the 36 …"
        // opens its sentence, and what it said comes after it.
        var closing = cue.First > first && tokens[cue.First - 1].Kind is TokenKind.Comma or TokenKind.Dash or TokenKind.Quote;
        if ((ReportedClause.ClosesSentence(tokens, cue, last) || ReportedClause.FollowedByParticiple(tokens, cue, last)) && closing && !OnlySettingBefore(tokens, first, cue.First) && !accordingMidSentence)
        {
            // "PKK is a banned …; YPG is …, according to Turkey": a semicolon before the cue starts the claim.
            for (var i = cue.First - 1; i > first; i--)
            {
                if (tokens[i].Kind == TokenKind.Semicolon && !tokens[i].InQuote)
                {
                    first = i + 1;
                    break;
                }
            }
            // "The plan will fail, Tan said." / "…, according to Tan."
            var close = cue.First - 1;
            while (close > first && tokens[close].Kind is TokenKind.Comma or TokenKind.Dash)
            {
                close--;
            }
            // "At 4:42 local time on Saturday, an earthquake struck …, according to officials": the opening time and
            // place are the reporter's frame; the claim is the clause after them.
            var opening = OpeningSetting(tokens, first, close + 1);
            return close > first && tokens[cue.First - 1].Kind is TokenKind.Comma or TokenKind.Dash
                ? Range(sentence, opening, close + 1)
                : null;
        }
        if (cue.Verb.IsAccordingTo)
        {
            var from = cue.Last;
            if (cue.First != first && !(cue.First - 1 >= first && tokens[cue.First - 1].Kind == TokenKind.Comma))
            {
                return null;
            }
            // "according to the Philippine Institute of Volcanology and Seismology (Phivolcs), the epicenter …".
            from = SkipParenthesis(tokens, from, last);
            while (from < last && tokens[from].Kind is TokenKind.Comma)
            {
                from++;
            }
            return Range(sentence, from, last);
        }
        if (cue.Inverted)
        {
            return null;
        }
        var pos = cue.VerbEnd;
        if (pos + 1 < last && tokens[pos].Kind == TokenKind.Comma && cue.First > first && tokens[cue.First - 1].Kind == TokenKind.Comma)
        {
            // "In contrast, Tan stated, the US has insisted …": a cue set off by commas; what was said runs round it.
            pos++;
            var after = Range(sentence, pos, last);
            if (after is { } clause && ReportedClause.LooksLikeClause(tokens, pos, last))
            {
                before = Range(sentence, first, cue.First, minWords: 1);
                return clause;
            }
            return null;
        }
        var told = false;
        if (cue.Verb.Can(VerbUse.Object))
        {
            var after = SkipListener(tokens, pos, last, mentions);
            told = after > pos;
            pos = after;
        }
        // "agreed to support …": an infinitive straight after the verb is what they mean to do, not what they said.
        if (!told && pos + 1 < last && tokens[pos].Is("to") && tokens[pos + 1] is { IsWord: true, IsCapitalized: false, InQuote: false })
        {
            // "vowed to keep fighting …", "pledged to resign": for a verb of promising the infinitive is the promise.
            return cue.Verb.Can(VerbUse.To) ? Range(sentence, pos, Math.Min(last, ReportedClause.ClauseEnd(tokens, pos, last, nextCueStart))) : null;
        }
        // "has said publicly the …", "stated repeatedly that …": the manner of speaking is not what was said.
        while (pos < last && tokens[pos] is { IsWord: true, InQuote: false, IsCapitalized: false } adverb && adverb.Bare.Length > 5 && adverb.Bare.EndsWith("ly", StringComparison.Ordinal))
        {
            pos++;
        }
        pos = SkipSetting(tokens, pos, last);
        var sawThat = pos < last && tokens[pos].Is("that") && !tokens[pos].InQuote;
        if (sawThat)
        {
            pos++;
            // "arguing that, as president, he should be immune …": an aside between commas after "that".
            if (pos < last && tokens[pos].Kind == TokenKind.Comma)
            {
                var close = pos + 1;
                while (close < last && close - pos <= MaxAside && tokens[close].Kind != TokenKind.Comma && !tokens[close].InQuote)
                {
                    close++;
                }
                if (close < last && tokens[close].Kind == TokenKind.Comma)
                {
                    pos = close + 1;
                }
            }
        }
        var takesClause = cue.Verb.Can(VerbUse.Clause) || cue.Verb.Can(VerbUse.That) || cue.Verb.Can(VerbUse.Object);
        if (pos >= last || !takesClause
            || tokens[pos].Kind is TokenKind.Colon or TokenKind.Quote or TokenKind.Comma
            || !sawThat && (tokens[pos].IsWord && ArticleRules.NotAClause.Contains(tokens[pos].Bare) || !told && !ReportedClause.LooksLikeClause(tokens, pos, last, strict: cue.Verb.Can(VerbUse.Finite))))
        {
            return null;
        }
        return Range(sentence, pos, Math.Min(last, ReportedClause.ClauseEnd(tokens, pos, last, nextCueStart)));
    }

    private static int SkipListener(IReadOnlyList<Token> tokens, int pos, int last, IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.PhraseStart == pos || mention.PhraseStart == pos + 1 && tokens[pos].Is("the"))
            {
                return mention.End;
            }
        }
        if (pos + 1 < last && ArticleRules.Listeners.Contains(tokens[pos].Bare + " " + tokens[pos + 1].Bare))
        {
            return pos + 2;
        }
        return pos < last && ArticleRules.Listeners.Contains(tokens[pos].Bare) ? pos + 1 : pos;
    }

    /// <summary>"in a statement on Tuesday," "on Twitter", "last week": a setting phrase between the verb and what was said.</summary>
    private static int SkipSetting(IReadOnlyList<Token> tokens, int pos, int last)
    {
        if (pos >= last || !tokens[pos].IsWord || tokens[pos].InQuote)
        {
            return pos;
        }
        var opener = tokens[pos].Bare;
        var timeWord = opener is "this" or "last" or "next";
        if (!(ArticleRules.Prepositions.Contains(opener) || ArticleRules.SettingOpeners.Contains(opener) || timeWord))
        {
            return pos;
        }
        var i = pos + 1;
        while (i < last && (tokens[i].Kind == TokenKind.OpenParen || IsClockColon(tokens, i, last)) || i < last && tokens[i].IsWord && !tokens[i].InQuote && !tokens[i].Is("that")
            && (ArticleRules.SettingWords.Contains(tokens[i].Bare) || tokens[i].Text.Any(char.IsDigit) || tokens[i].IsCapitalized && !ArticleRules.Pronouns.Contains(tokens[i].Text)))
        {
            if (IsClockColon(tokens, i, last))
            {
                i++;
                continue;
            }
            if (tokens[i].Kind == TokenKind.OpenParen)
            {
                // "on Saturday (2024 Friday, UTC)": a parenthesis inside the setting is part of it.
                i = SkipParenthesis(tokens, i, last);
                continue;
            }
            // "said on Monday the chances …": a determiner opens the clause unless a setting noun follows it ("in a statement").
            if (tokens[i].Bare is "the" or "a" or "an" && !(i + 1 < last && ArticleRules.SettingWords.Contains(tokens[i + 1].Bare) && !ArticleRules.ClauseOpeners.Contains(tokens[i + 1].Bare)))
            {
                break;
            }
            i++;
        }
        if (timeWord && i == pos + 1)
        {
            return pos;
        }
        if (i < last && tokens[i].Kind == TokenKind.Comma)
        {
            return i + 1;
        }
        return i < last && tokens[i].IsWord ? i : pos;
    }

    /// <summary>"At 4:42 local time on Saturday, …": past the setting phrases that open a sentence up to their comma; <paramref name="first"/> when there are none.</summary>
    private static int OpeningSetting(IReadOnlyList<Token> tokens, int first, int last)
    {
        var pos = first;
        while (true)
        {
            var next = SkipSetting(tokens, pos, last);
            if (next == pos)
            {
                return first;
            }
            if (tokens[next - 1].Kind == TokenKind.Comma)
            {
                return next < last ? next : first;
            }
            pos = next;
        }
    }

    /// <summary>"In a News.com.au report, Dr Gary Mortimer … said the stores fill …": before the cue is where it was said, not what.</summary>
    private static bool OnlySettingBefore(IReadOnlyList<Token> tokens, int first, int cueFirst)
    {
        if (!(tokens[first].IsWord && ArticleRules.Prepositions.Contains(tokens[first].Bare)) || OpeningSetting(tokens, first, cueFirst) > first)
        {
            return false;
        }
        for (var i = first; i < cueFirst; i++)
        {
            if (tokens[i].IsWord && !tokens[i].InQuote && ArticleRules.ClauseVerbs.Contains(tokens[i].Bare))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The colon of a clock time ("4:42").</summary>
    private static bool IsClockColon(IReadOnlyList<Token> tokens, int i, int last) =>
        tokens[i].Kind == TokenKind.Colon && i > 0 && i + 1 < last && char.IsDigit(tokens[i - 1].Text[^1]) && char.IsDigit(tokens[i + 1].Text[0])
        && tokens[i + 1].Start == tokens[i].End;

    /// <summary>Past a parenthesis that opens at <paramref name="pos"/> (to its closing bracket); <paramref name="pos"/> when none opens there or it never closes.</summary>
    private static int SkipParenthesis(IReadOnlyList<Token> tokens, int pos, int last)
    {
        if (pos >= last || tokens[pos].Kind != TokenKind.OpenParen)
        {
            return pos;
        }
        for (var i = pos + 1; i < last; i++)
        {
            if (tokens[i].Kind == TokenKind.CloseParen)
            {
                return i + 1;
            }
        }
        return pos;
    }

    private static TextRange? Range(ArticleSentence sentence, int from, int to, int minWords = MinWords)
    {
        var tokens = sentence.Paragraph.Tokens;
        var words = 0;
        var speechVerb = false;
        for (var i = from; i < to; i++)
        {
            words += tokens[i].IsWord ? 1 : 0;
            speechVerb |= tokens[i].IsWord && ArticleRules.SpeechVerbs.At(tokens, i) is not null;
        }
        return words < minWords || words <= ShortClaim && speechVerb ? null : new TextRange(sentence.Paragraph.Index, tokens[from].Start, tokens[to - 1].End);
    }
}
