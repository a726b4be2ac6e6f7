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
            if (start > first && tokens[start].Is("the"))
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

    /// <summary>
    /// "The account …, hosted by Bernard McGuirk and Sid Rosenberg, who both worked for Imus, tweeted": a name (or a
    /// list of names joined by "and") after a preposition is that phrase's object, never the subject of the verb.
    /// </summary>
    public static bool IsObjectOfPreposition(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions, int first)
    {
        var j = Opening(tokens, mention) - 1;
        while (j >= first && tokens[j].IsWord && !tokens[j].InQuote && tokens[j].Is("and"))
        {
            var before = mentions.LastOrDefault(m => m.End == j);
            if (before is null)
            {
                return false;
            }
            j = Opening(tokens, before) - 1;
        }
        // "Johns Hopkins Center for Health Security medical anthropologist …": a preposition inside a name governs nothing.
        return j >= first && tokens[j].IsWord && !tokens[j].InQuote && ArticleRules.Prepositions.Contains(tokens[j].Bare)
            && !mentions.Any(m => m.Start < j && j < m.End)
            // "Hong Kong director of Amnesty International Man-kei Tam": "of" after a role noun is more of the role.
            && !(tokens[j].Is("of") && j > first && ArticleRules.IsRoleNoun(tokens[j - 1].Bare));
    }

    /// <summary>"Kimberly-Clark, which makes Kleenex Toilet Tissue, … emphasized": a name inside a relative clause is that clause's, not the verb's subject.</summary>
    public static bool InRelativeClause(IReadOnlyList<Token> tokens, Mention mention, int first)
    {
        for (var i = mention.PhraseStart - 1; i >= first; i--)
        {
            var token = tokens[i];
            if (token.InQuote || token.Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.Colon or TokenKind.Dash)
            {
                return false;
            }
            if (token.IsWord && !token.IsCapitalized && token.Bare is "which" or "who" or "whom" or "whose")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the phrase of a name begins for what comes before it: its title ("with | President Trump"), or the name
    /// itself when the role has a preposition of its own ("director of Amnesty International | Man-kei Tam").
    /// </summary>
    private static int Opening(IReadOnlyList<Token> tokens, Mention mention)
    {
        for (var i = mention.PhraseStart; i < mention.Start; i++)
        {
            if (tokens[i].IsWord && ArticleRules.Prepositions.Contains(tokens[i].Bare))
            {
                return mention.Start;
            }
        }
        return mention.PhraseStart;
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
