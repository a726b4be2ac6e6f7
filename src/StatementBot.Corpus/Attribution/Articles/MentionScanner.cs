using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Finds who a sentence names outside its quotations: runs of capitalised words split into a title or role and
/// a name ("Iranian Foreign Minister | Javad Zarif"), organisations and states ("the Pentagon", "Iran"), and
/// "he"/"she". People are recorded in the article's <see cref="ArticlePeople"/> so later surnames resolve.
/// </summary>
internal sealed class MentionScanner(ArticlePeople people)
{
    private readonly TitleHolders _titles = new(people);
    public List<Mention> Find(ArticleSentence sentence)
    {
        var tokens = sentence.Paragraph.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        var mentions = new List<Mention>();
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.InQuote)
            {
                continue;
            }
            if (ArticleRules.Pronouns.Contains(token.Text))
            {
                mentions.Add(new Mention(MentionKind.Pronoun, i, i, i + 1, null, [token.Bare], false));
                continue;
            }
            if (!IsNameWord(token))
            {
                if (_titles.Described(tokens, i, sentence.FirstToken) is { } titled)
                {
                    // "the Wooster professor": the place before the title is part of the description, no one's name.
                    mentions.RemoveAll(m => m.PhraseStart >= titled.PhraseStart && m.Kind is MentionKind.Candidate or MentionKind.Organisation);
                    mentions.Add(titled);
                }
                continue;
            }
            if (i == sentence.FirstToken && ArticleRules.SpeechVerbs.At(tokens, i) is { } opening && opening.Can(VerbUse.Invert))
            {
                // "Remarked Center for Biological Diversity scientist Tierra Curry, …": the verb opens the sentence, not a name.
                continue;
            }
            var runEnd = RunEnd(tokens, i, end);
            var mention = AffiliationOf(mentions, tokens, i, runEnd, end) ?? Classify(tokens, i, runEnd, end);
            if (mention is not null)
            {
                // "Joseph R. Biden, Jr. declared": the suffix after the comma belongs to the name phrase.
                if (mention.End + 1 < end && tokens[mention.End].Kind == TokenKind.Comma && ArticleRules.NameSuffixes.Contains(tokens[mention.End + 1].Bare))
                {
                    mention = mention with { End = mention.End + 2 };
                }
                mentions.Add(mention);
                runEnd = Math.Max(runEnd, mention.End);
            }
            i = runEnd - 1;
        }
        return mentions;
    }

    /// <summary>"Chris Fallows of Apex Shark Expeditions": the run after a name and "of" is where they work, not another person.</summary>
    private Mention? AffiliationOf(List<Mention> mentions, IReadOnlyList<Token> tokens, int start, int runEnd, int sentenceEnd) =>
        mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Person, Possessive: false } previous && previous.End == start - 1 && tokens[start - 1].Is("of")
        && !RunHasTitle(tokens, start, sentenceEnd)
            ? Organisation(tokens, start, start, runEnd, sentenceEnd, tokens[runEnd - 1].IsPossessive)
            : null;

    /// <summary>
    /// A word that may be part of a name: capitalised, or a lower-case particle joined to a capital ("al-Muhandis"),
    /// but not a description before the name ("Tanzanian-born", "ex-Muslim", "Newly-elected").
    /// </summary>
    public static bool IsNameWord(Token token) =>
        token.IsWord && !token.InQuote && !IsHyphenatedDescription(token.Text)
        && (token.IsCapitalized || token.Text.Length > 3 && token.Text[2] == '-' && char.IsUpper(token.Text[3]) && ArticleRules.NameParticles.Contains(token.Text[..2]));

    private static bool IsHyphenatedDescription(string text)
    {
        var hyphen = text.LastIndexOf('-');
        return hyphen > 0 && hyphen < text.Length - 1 && ArticleRules.ModifierTails.Contains(text[(hyphen + 1)..].TrimEnd('\'', '’'));
    }

    private static int RunEnd(IReadOnlyList<Token> tokens, int start, int end)
    {
        var j = start;
        while (j < end)
        {
            var token = tokens[j];
            var particle = token.IsWord && !token.InQuote && ArticleRules.NameParticles.Contains(token.Text)
                && j > start && j + 1 < end && IsNameWord(tokens[j + 1]);
            if (!IsNameWord(token) && !particle)
            {
                break;
            }
            j++;
            if (token.IsPossessive)
            {
                break;
            }
        }
        return j;
    }

    private Mention? Classify(IReadOnlyList<Token> tokens, int start, int runEnd, int sentenceEnd)
    {
        var k = start;
        while (k < runEnd && ArticleRules.NeverInName.Contains(tokens[k].Bare) && !ArticleRules.IsTitle(tokens[k].Bare))
        {
            k++;
        }
        if (k == runEnd)
        {
            return null;
        }
        var possessive = tokens[runEnd - 1].IsPossessive;
        var words = Words(tokens, k, runEnd);
        if (!possessive && runEnd + 2 < sentenceEnd && tokens[runEnd].Kind == TokenKind.OpenParen && tokens[runEnd + 2].Kind == TokenKind.CloseParen
            && IsAcronym(tokens[runEnd + 1].Text) && !ArticleRules.IsTitle(tokens[runEnd - 1].Bare))
        {
            // "Deutsche Welle (DW)", "National Crime Agency (NCA)": a name given with its acronym is an organisation's.
            return Organisation(tokens, k, k, runEnd, sentenceEnd, possessive);
        }
        if (ArticleRules.Places.Contains(string.Join(' ', words)))
        {
            return Organisation(tokens, k, k, runEnd, sentenceEnd, possessive);
        }
        if (k > 0 && tokens[k - 1].Is("the") && !tokens[k - 1].InQuote && runEnd - k >= 2
            && !Enumerable.Range(k, runEnd - k).Any(t => ArticleRules.IsTitle(tokens[t].Bare) || ArticleRules.IsRoleNoun(tokens[t].Bare))
            && RolePhrases.PlainNameStart(tokens, k, runEnd) == k)
        {
            // "The Baltimore Sun reported": a name straight after "the", with no title or role in it and no person's name
            // at its end ("the United Nations Nikki Haley"), is an organisation's.
            return Organisation(tokens, k, k, runEnd, sentenceEnd, possessive);
        }

        var lastTitle = -1;
        var allRoleWords = true;
        for (var t = k; t < runEnd; t++)
        {
            var bare = tokens[t].Bare;
            if (ArticleRules.IsTitle(bare))
            {
                lastTitle = t;
            }
            else if (!(ArticleRules.RoleModifiers.Contains(bare) || ArticleRules.NonPersonWords.Contains(bare)
                || ArticleRules.Affiliations.Contains(bare) || ArticleRules.Places.Contains(tokens[t].Text) || RolePhrases.IsDemonym(bare) || tokens[t].IsAllCaps))
            {
                allRoleWords = false;
            }
        }
        var placeFirst = tokens[k].IsAllCaps || ArticleRules.Places.Contains(tokens[k].Text) || RolePhrases.IsDemonym(tokens[k].Bare);
        if (lastTitle == runEnd - 1 && (allRoleWords || placeFirst))
        {
            // "the Prime Minister said": a title alone is the one holder the article named with it.
            var holder = _titles.HolderOf(tokens, k, runEnd);
            return holder is null ? null : new Mention(MentionKind.Person, k, k, runEnd, holder, holder.NameParts, possessive);
        }
        var nameStart = lastTitle >= k && lastTitle < runEnd - 1 ? lastTitle + 1 : k;
        if (nameStart == k)
        {
            nameStart = RolePhrases.PlainNameStart(tokens, k, runEnd);
        }
        while (nameStart < runEnd - 1 && ArticleRules.Affiliations.Contains(tokens[nameStart].Bare))
        {
            nameStart++;
        }
        var parts = Words(tokens, nameStart, runEnd);
        if (parts.Any(p => ArticleRules.NonPersonWords.Contains(Token.BareForm(p)) || ArticleRules.UnnamedSpeakers.Contains(Token.BareForm(p)))
            || parts.Any(IsAcronym) || ArticleRules.Places.Contains(string.Join(' ', parts)))
        {
            return Organisation(tokens, nameStart == k ? k : nameStart, nameStart, runEnd, sentenceEnd, possessive);
        }

        if (nameStart == k && RolePhrases.AffiliationOfNextName(tokens, runEnd, sentenceEnd))
        {
            // "Scripps Oceanography director Margaret Leinen": the run is where the next person works.
            return null;
        }
        var phraseStart = nameStart > k ? RolePhrases.RoleStart(tokens, RolePhrases.RoleOpening(tokens, k)) : RolePhrases.RoleStart(tokens, k);
        var role = phraseStart < nameStart ? Text(tokens, phraseStart, nameStart) : RolePhrases.RoleBeforeComma(tokens, k);
        if (parts.Count >= 2 || role is not null)
        {
            var person = people.Add(parts, role);
            if (person is not null && RolePhrases.Appositive(tokens, runEnd, sentenceEnd) is { } described)
            {
                person.Describe(described);
            }
            if (person is not null && person.Pronoun is null && nameStart > k)
            {
                person.Pronoun = RolePhrases.Honorific(tokens[k].Bare);
            }
            return person is null ? null : new Mention(MentionKind.Person, phraseStart, nameStart, runEnd, person, parts, possessive);
        }
        var known = people.Find(parts);
        return known is not null
            ? new Mention(MentionKind.Person, phraseStart, nameStart, runEnd, known, parts, possessive)
            : new Mention(MentionKind.Candidate, phraseStart, nameStart, runEnd, null, parts, possessive);
    }

    private Mention Organisation(IReadOnlyList<Token> tokens, int phraseStart, int start, int runEnd, int sentenceEnd, bool possessive)
    {
        // "United States Department of Defense", "Ministry of Foreign Affairs": the name runs on over "of".
        var end = runEnd;
        while (!possessive && end + 1 < sentenceEnd && tokens[end].IsWord && !tokens[end].InQuote
            && ArticleRules.OrganisationJoiners.Contains(tokens[end].Bare) && IsNameWord(tokens[end + 1]) && !RunHasTitle(tokens, end + 1, sentenceEnd)
            && !(tokens[end].Is("and") && !RunHasOrganisationWord(tokens, end + 1, sentenceEnd)))
        {
            end = RunEnd(tokens, end + 1, sentenceEnd);
            possessive = tokens[end - 1].IsPossessive;
        }
        var name = Text(tokens, start, end);
        return new Mention(MentionKind.Organisation, phraseStart, start, end, people.Organisation(name), [name], possessive);
    }


    /// <summary>"Minister of State Ada Quill": a run with a title in it is a person's, not more of an organisation's name.</summary>
    private static bool RunHasTitle(IReadOnlyList<Token> tokens, int start, int sentenceEnd)
    {
        var end = RunEnd(tokens, start, sentenceEnd);
        for (var i = start; i < end; i++)
        {
            if (ArticleRules.IsTitle(tokens[i].Bare))
            {
                return true;
            }
        }
        return RolePhrases.PlainNameStart(tokens, start, end) > start;
    }

    /// <summary>
    /// "Ministry of Science and Technology", "Institute of Volcanology and Seismology" go on over "and"; "the
    /// University of Miami and Chris Fallows" does not: after "and" the name continues into one more word or into a
    /// run with an organisation's word in it, not into what reads as a person's name.
    /// </summary>
    private static bool RunHasOrganisationWord(IReadOnlyList<Token> tokens, int start, int sentenceEnd)
    {
        var end = RunEnd(tokens, start, sentenceEnd);
        if (end - start == 1)
        {
            return true;
        }
        for (var i = start; i < end; i++)
        {
            if (ArticleRules.NonPersonWords.Contains(tokens[i].Bare) || ArticleRules.Places.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }


    private static bool IsAcronym(string word) =>
        word.Length > 1 && word.Count(char.IsLetter) > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !word.Contains('.');

    private static List<string> Words(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = new List<string>();
        for (var i = start; i < end; i++)
        {
            var text = tokens[i].Text;
            if (i == end - 1 && tokens[i].IsPossessive)
            {
                text = text[..^2];
            }
            words.Add(text);
        }
        return words;
    }

    private static string Text(IReadOnlyList<Token> tokens, int start, int end) => string.Join(' ', Words(tokens, start, end));
}
