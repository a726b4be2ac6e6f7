using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Whether a name just before a speech verb can be its subject: not when a preposition governs it ("sources within the
/// Example Party said") unless it is a statement's author or an unnamed official's employer, and not inside a
/// relative clause ("…, which makes Example Tissue, … emphasized").
/// </summary>
internal static class SubjectScope
{
    /// <summary>
    /// "The account …, hosted by Bernard McGuirk and Sid Rosenberg, who both worked for Imus, tweeted": a name (or a
    /// list of names joined by "and") after a preposition is that phrase's object, never the subject of the verb.
    /// </summary>
    public static bool IsObjectOfPreposition(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions, int first) =>
        GoverningPreposition(tokens, mention, mentions, first) >= 0;

    /// <summary>
    /// "The decree signed by the Pope read", "The opinion of the Court, released on Wednesday, read": the name after
    /// "by" or "of" that a statement noun just before it belongs to is the statement's author; "A spokesperson for the
    /// Ministry of Examples said": an organisation after an unnamed official's noun speaks through them (a person's name
    /// there does not: a spokesperson's words are not the senator's).
    /// </summary>
    public static bool SpeaksThrough(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions, int first)
    {
        var j = GoverningPreposition(tokens, mention, mentions, first);
        if (j < 0)
        {
            return false;
        }
        var authored = tokens[j].Bare is "by" or "of";
        var official = mention.Kind == MentionKind.Organisation && tokens[j].Bare is "for" or "of" or "at" or "from" or "with";
        for (var k = j - 1; k >= first && k >= j - MaxAuthorGap; k--)
        {
            if (tokens[k].IsWord && !tokens[k].InQuote
                && (authored && ArticleRules.StatementNouns.Contains(tokens[k].Bare) || official && k == j - 1 && ArticleRules.UnnamedSpeakers.Contains(tokens[k].Bare)))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxAuthorGap = 3;

    /// <summary>The index of the preposition a mention is the object of, or -1.</summary>
    private static int GoverningPreposition(IReadOnlyList<Token> tokens, Mention mention, IReadOnlyList<Mention> mentions, int first)
    {
        var j = Opening(tokens, mention) - 1;
        if (mention.Kind == MentionKind.Organisation)
        {
            j = BeforeNameRemnant(tokens, j, first, mentions);
        }
        while (j >= first && tokens[j].IsWord && !tokens[j].InQuote && tokens[j].Is("and"))
        {
            var before = mentions.LastOrDefault(m => m.End == j);
            if (before is null)
            {
                return -1;
            }
            j = Opening(tokens, before) - 1;
        }
        // "Johns Hopkins Center for Health Security medical anthropologist …": a preposition inside a name governs nothing.
        var governs = j >= first && tokens[j].IsWord && !tokens[j].InQuote && ArticleRules.Prepositions.Contains(tokens[j].Bare)
            && !mentions.Any(m => m.Start < j && j < m.End)
            // "Hong Kong director of Amnesty International Man-kei Tam": "of" after a role noun is more of the role.
            && !(tokens[j].Is("of") && j > first && ArticleRules.IsRoleNoun(tokens[j - 1].Bare));
        return governs ? j : -1;
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
    /// "within the Democratic Party": capitalised words an organisation's mention left out of its name, and the article
    /// before them, still belong to the phrase; the token before them is what governs it. (Before a person's name they
    /// are a role: "Ambassador to the United Nations Nikki Haley".)
    /// </summary>
    private static int BeforeNameRemnant(IReadOnlyList<Token> tokens, int j, int first, IReadOnlyList<Mention> mentions)
    {
        var i = j;
        while (i > first && j - i < MaxNameRemnant && tokens[i] is { IsWord: true, IsCapitalized: true, InQuote: false } && !mentions.Any(m => m.PhraseStart <= i && i < m.End))
        {
            i--;
        }
        if (i > first && ArticleRules.Determiners.Contains(tokens[i].Bare) && !tokens[i].InQuote)
        {
            i--;
        }
        return i < j && i > first && ArticleRules.Prepositions.Contains(tokens[i].Bare) ? i : j;
    }

    private const int MaxNameRemnant = 3;

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
}
