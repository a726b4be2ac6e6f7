using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The phrases around a name that say what a person is: a rank or office before it ("US Secretary of State"), a role
/// in lower case ("planetary scientist"), an appositive after it (", spokesperson for the ministry,") or before it
/// ("a State Department spokesperson, …"), and which words of a run of capitals are the name itself.
/// </summary>
internal static class RolePhrases
{
    /// <summary>
    /// "Germany Richard Grenell", "Amnesty International Man-kei Tam", "Broadcaster Piers Morgan": a run that opens
    /// with a place, an organisation or a role and closes with two plain words or more; the plain words are the name.
    /// </summary>
    public static int PlainNameStart(IReadOnlyList<Token> tokens, int k, int runEnd)
    {
        var start = runEnd;
        while (start > k && IsPlainNameWord(tokens[start - 1].Bare))
        {
            start--;
        }
        if (start == k || runEnd - start < 2)
        {
            // "Actor Denzel Washington": a role noun opening a run of two or more other words is the role, even when
            // a word of the name is also a place's.
            return runEnd - k >= 3 && ArticleRules.IsRoleNoun(tokens[k].Bare) && !ArticleRules.IsTitle(tokens[k].Bare)
                && Enumerable.Range(k + 1, runEnd - k - 1).All(t => !ArticleRules.IsRoleNoun(tokens[t].Bare) && !ArticleRules.IsTitle(tokens[t].Bare))
                ? k + 1
                : k;
        }
        for (var t = k; t < start; t++)
        {
            var bare = tokens[t].Bare;
            if (ArticleRules.Places.Contains(bare) || ArticleRules.NonPersonWords.Contains(bare) || ArticleRules.IsRoleNoun(bare) || IsDemonym(bare)
                || ArticleRules.Affiliations.Contains(bare) || tokens[t].IsAllCaps)
            {
                return start;
            }
        }
        return k;
    }

    public static bool IsPlainNameWord(string bare) =>
        !(ArticleRules.IsTitle(bare) || ArticleRules.Places.Contains(bare) || ArticleRules.NonPersonWords.Contains(bare) || ArticleRules.IsRoleNoun(bare)
            || ArticleRules.Affiliations.Contains(bare) || ArticleRules.UnnamedSpeakers.Contains(bare));

    /// <summary>A run followed by a lower-case role and a name ("Scripps Oceanography director Margaret Leinen").</summary>
    public static bool AffiliationOfNextName(IReadOnlyList<Token> tokens, int runEnd, int sentenceEnd)
    {
        var i = runEnd;
        var roles = 0;
        while (i < sentenceEnd && tokens[i].IsWord && !tokens[i].InQuote && !tokens[i].IsCapitalized
            && (ArticleRules.IsRoleNoun(tokens[i].Bare) || ArticleRules.RoleModifiers.Contains(tokens[i].Bare)))
        {
            roles += ArticleRules.IsRoleNoun(tokens[i].Bare) ? 1 : 0;
            i++;
        }
        return roles > 0 && i + 1 < sentenceEnd && MentionScanner.IsNameWord(tokens[i]) && MentionScanner.IsNameWord(tokens[i + 1]);
    }

    /// <summary>"US Secretary of State Mike Pompeo": a title phrase runs back over "of" into the title before it.</summary>
    public static int RoleOpening(IReadOnlyList<Token> tokens, int k)
    {
        var start = k;
        while (start >= 2 && tokens[start - 1].IsWord && tokens[start - 1].Bare is "of" or "for" or "to" or "from" && !tokens[start - 1].InQuote
            && tokens[start - 2].IsCapitalized && ArticleRules.IsTitle(tokens[start - 2].Bare))
        {
            start -= 2;
            while (start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].InQuote && !ArticleRules.NeverInName.Contains(tokens[start - 1].Bare))
            {
                start--;
            }
        }
        return start;
    }

    /// <summary>
    /// "Wu Qian, the spokesperson of PRC Ministry of Defense, …": after a comma, a role noun (with its modifiers) and
    /// what it is of or for, up to the next comma or a lower-case word of another kind.
    /// </summary>
    public static string? Appositive(IReadOnlyList<Token> tokens, int nameEnd, int sentenceEnd)
    {
        var i = nameEnd;
        if (i + 1 >= sentenceEnd || tokens[i].Kind != TokenKind.Comma)
        {
            return null;
        }
        i++;
        if (tokens[i].Bare is "the" or "a" or "an")
        {
            i++;
        }
        var start = i;
        var sawNoun = false;
        while (i < sentenceEnd && tokens[i].IsWord && !tokens[i].InQuote
            && (!tokens[i].IsCapitalized && (ArticleRules.IsRoleNoun(tokens[i].Bare) || ArticleRules.RoleModifiers.Contains(tokens[i].Bare))
                || tokens[i].IsCapitalized && ArticleRules.IsTitle(tokens[i].Bare)))
        {
            sawNoun |= ArticleRules.IsRoleNoun(tokens[i].Bare) || ArticleRules.IsTitle(tokens[i].Bare);
            i++;
        }
        if (!sawNoun)
        {
            return null;
        }
        while (i + 1 < sentenceEnd && !tokens[i].InQuote && (tokens[i].Bare is "of" or "for" or "at" or "to" or "in" && tokens[i].IsWord)
            && NameAfter(tokens, i + 1, sentenceEnd) >= 0)
        {
            i += 1 + NameAfter(tokens, i + 1, sentenceEnd);
            while (i < sentenceEnd && (MentionScanner.IsNameWord(tokens[i]) || tokens[i].Bare is "of" or "and" && i + 1 < sentenceEnd && MentionScanner.IsNameWord(tokens[i + 1])))
            {
                i++;
            }
        }
        return string.Join(' ', Enumerable.Range(start, i - start).Select(t => tokens[t].Text));
    }

    /// <summary>"a United States Department of State spokesperson, Morgan Ortagus,": the role before the comma before a name.</summary>
    public static string? RoleBeforeComma(IReadOnlyList<Token> tokens, int nameStart)
    {
        var end = nameStart - 1;
        if (end < 1 || tokens[end].Kind != TokenKind.Comma || !tokens[end - 1].IsWord || tokens[end - 1].InQuote)
        {
            return null;
        }
        var noun = tokens[end - 1];
        if (!(ArticleRules.IsRoleNoun(noun.Bare) || noun.IsCapitalized && ArticleRules.IsTitle(noun.Bare)))
        {
            return null;
        }
        var start = end - 1;
        while (start > 0 && tokens[start - 1].IsWord && !tokens[start - 1].InQuote && !(tokens[start - 1].Bare is "a" or "an" or "the")
            && (tokens[start - 1].IsCapitalized || ArticleRules.RoleModifiers.Contains(tokens[start - 1].Bare) || tokens[start - 1].Bare is "of" or "for"))
        {
            start--;
        }
        return start > 0 && tokens[start - 1].Bare is "a" or "an" or "the" ? Join(tokens, start, end) : null;
    }

    /// <summary>How many words ("the", then up to two lower-case ones: "the fictional") come before a name at <paramref name="i"/>; -1 when no name follows.</summary>
    public static int NameAfter(IReadOnlyList<Token> tokens, int i, int sentenceEnd)
    {
        var j = i;
        if (j < sentenceEnd && tokens[j].Is("the"))
        {
            j++;
            while (j < sentenceEnd && j - i <= 2 && tokens[j].IsWord && !tokens[j].IsCapitalized && !tokens[j].InQuote)
            {
                j++;
            }
        }
        return j < sentenceEnd && MentionScanner.IsNameWord(tokens[j]) ? j - i : -1;
    }

    public static int RoleStart(IReadOnlyList<Token> tokens, int nameStart)
    {
        var start = nameStart;
        var sawNoun = false;
        while (start > 0 && tokens[start - 1].IsWord && !tokens[start - 1].InQuote && !tokens[start - 1].IsCapitalized)
        {
            var bare = tokens[start - 1].Bare;
            if (ArticleRules.IsRoleNoun(bare) && (start == nameStart || !sawNoun || ArticleRules.RoleModifiers.Contains(bare)))
            {
                sawNoun = true;
            }
            else if (!(sawNoun && ArticleRules.RoleModifiers.Contains(bare)))
            {
                break;
            }
            start--;
        }
        if (!sawNoun)
        {
            return nameStart;
        }
        // A capitalised place or people word before the lower-case role belongs to it ("Iraqi prime minister").
        while (start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].InQuote && !ArticleRules.NeverInName.Contains(tokens[start - 1].Bare))
        {
            start--;
        }
        return start;
    }

    public static string? Honorific(string bare) => bare switch
    {
        "mr" => "he",
        "mrs" or "ms" or "miss" => "she",
        _ => null,
    };

    /// <summary>"Iranian", "Chinese", "Filipino": a people's or a place's adjective, by its ending.</summary>
    public static bool IsDemonym(string bare) =>
        bare.Length > 4 && (bare.EndsWith("ian", StringComparison.Ordinal) || bare.EndsWith("ese", StringComparison.Ordinal)
            || bare.EndsWith("ish", StringComparison.Ordinal) || bare.EndsWith("an", StringComparison.Ordinal) && !bare.EndsWith("man", StringComparison.Ordinal)
            || bare.EndsWith("i", StringComparison.Ordinal) && bare.Length > 5);

    private static string Join(IReadOnlyList<Token> tokens, int start, int end) => string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Text));
}
