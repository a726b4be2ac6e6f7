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
            if (mention.Kind == MentionKind.Person)
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
