using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// What may stand between a speech verb and its speaker: a closing quotation mark, a role ("said study co-author …"),
/// time and medium words ("according to a tweet on Monday by …"), an appositive, or a person's organisation
/// ("Hassan Rouhani of Iran said").
/// </summary>
internal static class CueSpans
{
    private const int MaxAppositive = 24;

    /// <summary>"…," said Tan: the verb right after a closing quotation mark (and a comma).</summary>
    public static bool FollowsQuotation(IReadOnlyList<Token> tokens, int v, int first)
    {
        var p = v - 1;
        while (p >= first && tokens[p].Kind is TokenKind.Comma or TokenKind.Dash)
        {
            p--;
        }
        return p >= first && tokens[p].Kind == TokenKind.Quote && !tokens[p].InQuote;
    }

    /// <summary>"said study co-author and Royal Society University Research Fellow Martin How": a role between the verb and the name.</summary>
    public static bool OnlyRoleBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Comma && i == to - 1 && i > from)
            {
                // "…," said his father, Abdullah Kurdi: the name in apposition to the role.
                continue;
            }
            // Any noun of the role may stand there ("study co-author"), but no clause: no pronoun, verb of a clause, "that" or "who".
            if (!(token.IsWord && !token.InQuote && (token.Bare is "and" or "of" or "for" or "at"
                || !(ArticleRules.Prepositions.Contains(token.Bare) || ArticleRules.Pronouns.Contains(token.Bare) || ArticleRules.ClauseVerbs.Contains(token.Bare)
                    || ArticleRules.ClauseOpeners.Contains(token.Bare) && !ArticleRules.Determiners.Contains(token.Bare) || token.Bare is "who" or "which" or "that"))))
            {
                return false;
            }
        }
        return true;
    }

    public static bool OnlySettingBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (!(token.IsWord && (ArticleRules.Determiners.Contains(token.Bare) || ArticleRules.SettingWords.Contains(token.Bare) || token.Is("by")
                || ArticleRules.StatementNouns.Contains(token.Bare))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where the subject of a verb ends when a setting phrase stands between them ("… on Sunday told", "…, in a
    /// statement on Tuesday, said"): the token before the phrase (and before the commas round it), else
    /// <paramref name="p"/> unchanged. The phrase opens with a preposition or a time word and holds only setting words,
    /// determiners and numbers.
    /// </summary>
    public static int SettingBefore(IReadOnlyList<Token> tokens, int p, int first)
    {
        var end = p;
        var closingComma = end > first && tokens[end].Kind == TokenKind.Comma && !tokens[end].InQuote;
        if (closingComma)
        {
            end--;
        }
        var j = end;
        while (j > first && tokens[j].IsWord && !tokens[j].InQuote
            && (ArticleRules.SettingWords.Contains(tokens[j].Bare) || ArticleRules.Determiners.Contains(tokens[j].Bare) || tokens[j].Text.All(char.IsDigit)))
        {
            j--;
        }
        // j is the token before the run; the run is j + 1 … end.
        var opener = j + 1;
        if (opener > end || !(ArticleRules.Prepositions.Contains(tokens[opener].Bare) || ArticleRules.SettingOpeners.Contains(tokens[opener].Bare)
            || tokens[opener].Bare is "last" or "this"))
        {
            return p;
        }
        if (closingComma)
        {
            // The phrase is an aside only when a comma opens it too.
            return j > first && tokens[j].Kind == TokenKind.Comma && !tokens[j].InQuote ? j - 1 : p;
        }
        return j;
    }

    /// <summary>
    /// "President Hassan Rouhani of Iran said", "Mick Jagger of The Rolling Stones reacted", "Ryan Norris of the
    /// University of Guelph in Ontario said", "Nikki Holland of the UK's National Crime Agency said": the person a
    /// name is attached to by "of", "from", "at", over a few such hops.
    /// </summary>
    public static Mention? PersonBefore(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions, int first)
    {
        var current = mention;
        for (var hop = 0; hop < MaxAffiliationHops; hop++)
        {
            var start = current.PhraseStart - 1;
            // "the UK's National Crime Agency": a possessive name before the organisation's is part of its phrase.
            if (mentions.LastOrDefault(m => m.Possessive && m.End == current.PhraseStart && m != current) is { } owner)
            {
                start = owner.PhraseStart - 1;
            }
            // "of the Labour Party": a capitalised word the organisation's mention left out still belongs to its name.
            while (start > first && start >= current.PhraseStart - 3 && tokens[start] is { IsWord: true, IsCapitalized: true, InQuote: false } && !mentions.Any(m => m.Start <= start && start < m.End))
            {
                start--;
            }
            // "Peter Quire of worldwide victim group Example Watch said": a few plain words describing the organisation.
            var described = start;
            while (start > first && described - start < MaxOrganisationDescription && tokens[start] is { IsWord: true, IsCapitalized: false, InQuote: false }
                && !(tokens[start].Bare is "of" or "from" or "at" or "for" or "in") && !ArticleRules.Prepositions.Contains(tokens[start].Bare)
                && !ArticleRules.Pronouns.Contains(tokens[start].Bare) && !ArticleRules.ClauseVerbs.Contains(tokens[start].Bare)
                && !ArticleRules.Connectives.Contains(tokens[start].Bare) && !ArticleRules.SpeechVerbs.Contains(tokens, start)
                && !(ArticleRules.Determiners.Contains(tokens[start].Bare) && !tokens[start].Is("the")))
            {
                start--;
            }
            if (start <= first || !(tokens[start].Bare is "of" or "from" or "at" or "for" or "in") || tokens[start].InQuote)
            {
                return null;
            }
            var attached = mentions.LastOrDefault(m => m.End == start && !m.Possessive);
            if (attached is { Kind: MentionKind.Person or MentionKind.Candidate })
            {
                return attached;
            }
            if (attached is not { Kind: MentionKind.Organisation })
            {
                return null;
            }
            current = attached;
        }
        return null;
    }

    private const int MaxAffiliationHops = 3;

    private const int MaxOrganisationDescription = 4;

    /// <summary>"according to the El Paso mayor, Dee Margo": a person named right after the organisation found.</summary>
    public static Mention? PersonAfter(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions)
    {
        if (mention.Kind != MentionKind.Organisation)
        {
            return null;
        }
        foreach (var next in mentions)
        {
            // "Remarked Example Society scientist Ada Quill": the person's role phrase may take in the organisation.
            if (next.Start < mention.End || next.Possessive)
            {
                continue;
            }
            if (next.Kind is not (MentionKind.Person or MentionKind.Candidate) || next.Start - mention.End > 8)
            {
                return null;
            }
            // "according to the El Paso mayor, Dee Margo": a role noun between them makes the person the source; with none
            // ("according to Reuters and NBC, Mohammad bin Salman is …") the name opens what the source said.
            var role = next.PhraseStart < next.Start && next.PhraseStart >= mention.End;
            for (var i = mention.End; i < next.Start; i++)
            {
                var token = tokens[i];
                if (!(token.Kind == TokenKind.Comma || token.IsWord && (ArticleRules.IsRoleNoun(token.Bare) || ArticleRules.RoleModifiers.Contains(token.Bare)
                    || MentionScanner.IsNameWord(token))))
                {
                    return null;
                }
                role |= token.IsWord && ArticleRules.IsRoleNoun(token.Bare);
            }
            return role ? next : null;
        }
        return null;
    }

    /// <summary>"Tesco's CEO for Central Europe", "Examplia Mart's CEO": capitalised words ending in a possessive, then a role noun.</summary>
    private static bool PossessiveRole(IReadOnlyList<Token> tokens, int start, int end)
    {
        var i = start;
        while (i < end && tokens[i] is { IsWord: true, IsCapitalized: true, InQuote: false })
        {
            if (tokens[i].IsPossessive)
            {
                return i + 1 < end && tokens[i + 1].IsWord && (ArticleRules.IsRoleNoun(tokens[i + 1].Bare) || ArticleRules.IsTitle(tokens[i + 1].Bare));
            }
            i++;
        }
        return false;
    }

    /// <summary>"…, doctoral candidate Maninder Thind,": a comma before the name's phrase, over a few lower-case role words.</summary>
    public static bool CommaBeforeRole(IReadOnlyList<Token> tokens, Mention mention, int first)
    {
        var i = mention.PhraseStart - 1;
        // Only a name with a role of its own reaches back over more of it ("doctoral | candidate Maninder Thind").
        while (mention.PhraseStart < mention.Start && i > first && mention.PhraseStart - i <= MaxRoleWords && tokens[i] is { IsWord: true, IsCapitalized: false, InQuote: false })
        {
            i--;
        }
        return i > first && tokens[i].Kind == TokenKind.Comma;
    }

    private const int MaxRoleWords = 5;

    /// <summary>
    /// "The head of the UK's counter terror police, Neil Basu, said": where the role set off before the name begins —
    /// the sentence's start, or the token after the comma, semicolon, dash or joining word ("while") before it.
    /// </summary>
    public static int RoleBeforeCommaStart(IReadOnlyList<Token> tokens, Mention mention, int first)
    {
        var i = mention.PhraseStart - 1;
        while (i > first && tokens[i].Kind != TokenKind.Comma)
        {
            i--;
        }
        var start = i - 1;
        // "…, while the communications director for the campaign, Tim Murtaugh, declared": "while" opens a clause of its own.
        while (start >= first && !(tokens[start].Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Dash or TokenKind.Colon or TokenKind.Quote)
            && !(tokens[start].IsWord && ArticleRules.Connectives.Contains(tokens[start].Bare)) && i - start <= MaxAppositive)
        {
            start--;
        }
        return start + 1 < i ? start + 1 : mention.PhraseStart;
    }

    /// <summary>"Tan, a spokesperson for the ministry, said": from the comma before the verb back over the appositive.</summary>
    public static int AppositiveStart(IReadOnlyList<Token> tokens, int comma, int first)
    {
        for (var q = comma - 1; q >= first && comma - q <= MaxAppositive; q--)
        {
            var token = tokens[q];
            if (token.InQuote || token.Kind is TokenKind.Stop or TokenKind.Quote or TokenKind.Colon or TokenKind.Semicolon)
            {
                return -1;
            }
            if (token.Kind == TokenKind.Comma)
            {
                var opener = tokens[q + 1];
                // "Matt Simister, Tesco's CEO for Central Europe, explained": a possessive opens a role too.
                var appositive = opener.IsWord && (!opener.IsCapitalized || ArticleRules.Determiners.Contains(opener.Bare) || ArticleRules.IsTitle(opener.Bare)
                    || RolePhrases.IsDemonym(opener.Bare) || opener.Is("who") || PossessiveRole(tokens, q + 1, comma));
                return appositive ? q - 1 : -1;
            }
        }
        return -1;
    }
}
