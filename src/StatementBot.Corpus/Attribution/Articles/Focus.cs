namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Who "he" or "she" stands for: the person most recently named as a sentence's subject or speaker whose pronoun
/// fits (unknown, or the same as before). Organisations are never the focus.
/// </summary>
internal sealed class Focus
{
    private readonly List<ArticlePerson> _recent = [];

    public void Note(ArticlePerson? person)
    {
        if (person is null || person.IsOrganisation)
        {
            return;
        }
        _recent.Remove(person);
        _recent.Add(person);
    }

    public ArticlePerson? Resolve(string pronoun)
    {
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
