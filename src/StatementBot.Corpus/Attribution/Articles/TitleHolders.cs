using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Who a title stands for when no name comes with it: "the Prime Minister said", "the Wooster professor added".</summary>
internal sealed class TitleHolders(ArticlePeople people)
{
    /// <summary>
    /// "the president said", "the Wooster professor added": a lower-case title after "the" (and up to
    /// <see cref="MaxDescriptionModifiers"/> capitalised or role-qualifying words) is the one person the article gave
    /// it to. When the article gave that title to no one, it is a <see cref="MentionKind.Description"/> of whoever is
    /// in focus ("The father said"); when to others than the words before it describe ("the local health minister"
    /// beside a civil aviation minister), or to several, it is nobody. Unnamed officials ("the spokesperson") and a
    /// title named at once ("the mayor, Dee Margo,") are left to their own readings.
    /// </summary>
    public Mention? Described(IReadOnlyList<Token> tokens, int i, int first)
    {
        if (i == first || !(ArticleRules.IsTitle(tokens[i].Bare) || ArticleRules.GenderedNouns.ContainsKey(tokens[i].Bare)) || ArticleRules.UnnamedSpeakers.Contains(tokens[i].Bare)
            || i + 1 < tokens.Count && (tokens[i + 1].Is("of") || MentionScanner.IsNameWord(tokens[i + 1]))
            || i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Comma && MentionScanner.IsNameWord(tokens[i + 2]))
        {
            return null;
        }
        var the = i - 1;
        while (the > first && i - the <= MaxDescriptionModifiers && !tokens[the].InQuote
            && (MentionScanner.IsNameWord(tokens[the]) && !tokens[the].IsPossessive || ArticleRules.RoleModifiers.Contains(tokens[the].Bare)))
        {
            the--;
        }
        if (!tokens[the].Is("the") || tokens[the].InQuote)
        {
            return null;
        }
        var title = tokens[i].Bare;
        var modifiers = Enumerable.Range(the + 1, i - the - 1).Select(k => tokens[k].Bare).ToList();
        var titled = people.All.Where(p => !p.IsOrganisation && RoleWords(p).Contains(title)).ToList();
        var holders = titled.Where(p => modifiers.All(RoleWords(p).Contains)).Take(2).ToList();
        return holders.Count == 1
            ? new Mention(MentionKind.Person, the, i, i + 1, holders[0], holders[0].NameParts, tokens[i].IsPossessive)
            : titled.Count == 0 ? new Mention(MentionKind.Description, the, i, i + 1, null, [title, .. modifiers], tokens[i].IsPossessive) : null;
    }

    public static HashSet<string> RoleWords(ArticlePerson person) =>
        person.Role is { } role ? role.Split(' ').Select(Token.BareForm).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];

    private const int MaxDescriptionModifiers = 3;

    /// <summary>The one person the article has given this title (the last word of the title phrase) so far.</summary>
    public ArticlePerson? HolderOf(IReadOnlyList<Token> tokens, int start, int end)
    {
        var title = tokens[end - 1].Bare;
        var holders = people.All.Where(p => RoleWords(p).Contains(title)).Take(2).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }
}
