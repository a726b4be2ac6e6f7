namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Who "he" or "she" stands for: the person most recently named as a sentence's subject or speaker whose pronoun
/// fits (unknown, or the same as before). Organisations are never the focus.
/// </summary>
internal sealed class Focus
{
    private readonly List<ArticlePerson> _recent = [];

    /// <summary>Set after a sentence that names two people or more with neither as its subject: "he" is then nobody.</summary>
    private bool _unclear;

    public void Note(ArticlePerson? person)
    {
        if (person is null || person.IsOrganisation)
        {
            return;
        }
        _recent.Remove(person);
        _recent.Add(person);
        _unclear = false;
    }

    /// <summary>
    /// After a sentence: everyone it names, in order, then its subject (its first person, not after a preposition),
    /// then its speakers — so "he" in the next sentence is the last to speak, else the subject, rather than someone
    /// the subject met.
    /// </summary>
    public void NoteSentence(ArticleSentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<SpeechCue> cues)
    {
        var tokens = sentence.Paragraph.Tokens;
        ArticlePerson? subject = null;
        var first = true;
        foreach (var mention in mentions)
        {
            var person = mention.Kind switch
            {
                MentionKind.Person => mention.Person,
                MentionKind.Pronoun => Peek(mention.Parts[0]),
                _ => null,
            };
            if (first && person is not null && !mention.Possessive
                && !(mention.PhraseStart > sentence.FirstToken && Rules.ArticleRules.Prepositions.Contains(tokens[mention.PhraseStart - 1].Bare)))
            {
                subject = person;
                first = false;
            }
            // "the character of Anya Jenkins": a name after "of" qualifies another noun; it is nobody "she" stands for.
            if (mention.Kind == MentionKind.Person && !(mention.PhraseStart > sentence.FirstToken && tokens[mention.PhraseStart - 1].Is("of")))
            {
                Note(person);
            }
        }
        Note(subject);
        foreach (var cue in cues)
        {
            Note(cue.Speaker);
        }
        if (subject is null && cues.Count == 0 && mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.Person).Distinct().Count() > 1)
        {
            _unclear = true;
        }
        if (UnnamedPersonLast(sentence, mentions))
        {
            _unclear = true;
        }
    }

    /// <summary>
    /// "… after one of their daughters, aged 17, escaped.": someone the article does not name comes after everyone it
    /// does, so the next "she" may be them, and is nobody the article named.
    /// </summary>
    private static bool UnnamedPersonLast(ArticleSentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Paragraph.Tokens;
        var lastNamed = mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.End).DefaultIfEmpty(sentence.FirstToken).Max();
        for (var i = sentence.FirstToken + sentence.TokenCount - 1; i > lastNamed && i > sentence.FirstToken; i--)
        {
            var token = tokens[i];
            if (token.IsWord && !token.InQuote && !token.IsCapitalized && Rules.ArticleRules.IsRoleNoun(token.Bare.TrimEnd('s'))
                && tokens[i - 1].Bare is "his" or "her" or "their" or "a" or "an"
                && !(i + 1 < tokens.Count && MentionScanner.IsNameWord(tokens[i + 1]))
                // "Dedi Prasetyo, a spokesperson for …": the appositive is the named person's role.
                && !(i >= 3 && tokens[i - 2].Kind == TokenKind.Comma && mentions.Any(m => m.Kind == MentionKind.Person && m.End == i - 2)))
            {
                return true;
            }
        }
        return false;
    }

    private ArticlePerson? Peek(string pronoun)
    {
        if (_unclear)
        {
            return null;
        }
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            if (_recent[i].Pronoun is null || _recent[i].Pronoun == pronoun)
            {
                return _recent[i];
            }
        }
        return null;
    }

    /// <summary>
    /// Whom a <see cref="MentionKind.Description"/> stands for (its title, then the words before it): "the mother" is the
    /// last in focus whose pronoun the article has shown to be "she"; "the foreign minister" is the last in focus unless
    /// their role is another title the description's words do not share ("the mayor" is no judge).
    /// </summary>
    public ArticlePerson? Described(IReadOnlyList<string> description)
    {
        if (_unclear || _recent.Count == 0)
        {
            return null;
        }
        if (Rules.ArticleRules.GenderedNouns.TryGetValue(description[0], out var pronoun))
        {
            for (var i = _recent.Count - 1; i >= 0; i--)
            {
                if (_recent[i].Pronoun == pronoun)
                {
                    return _recent[i];
                }
            }
            return null;
        }
        var person = _recent[^1];
        var role = TitleHolders.RoleWords(person);
        var otherTitle = role.Any(Rules.ArticleRules.IsTitle) && !role.Contains(description[0]);
        return otherTitle && !description.Skip(1).Any(role.Contains) ? null : person;
    }

    public ArticlePerson? Resolve(string pronoun)
    {
        if (_unclear)
        {
            return null;
        }
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            var person = _recent[i];
            if (person.Pronoun is null || person.Pronoun == pronoun)
            {
                person.Pronoun ??= pronoun;
                return person;
            }
        }
        return null;
    }
}
