namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The people one article names, so later references resolve to the full name: "Tan" is Tan Kefei once "Senior
/// Colonel Tan Kefei" has appeared; "Biden" is nobody when both Joe and Jill Biden have.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<ArticlePerson> _people = [];

    public IReadOnlyList<ArticlePerson> All => _people;

    /// <summary>The one person whose name contains these parts; null when none or several do.</summary>
    public ArticlePerson? Find(IReadOnlyList<string> parts)
    {
        ArticlePerson? found = null;
        foreach (var person in _people)
        {
            if (person.HasNameParts(parts))
            {
                if (found is not null)
                {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /// <summary>True when the name parts fit more than one known person.</summary>
    public bool IsAmbiguous(IReadOnlyList<string> parts) => _people.Count(p => p.HasNameParts(parts)) > 1;

    /// <summary>
    /// Records a named person (with evidence that it is a person) and returns them: the known person the name
    /// refers to, a shorter known form now given in full, or someone new; null when the name fits several people.
    /// </summary>
    public ArticlePerson? Add(IReadOnlyList<string> parts, string? role)
    {
        if (IsAmbiguous(parts))
        {
            return null;
        }
        var known = Find(parts);
        if (known is null)
        {
            // "President Trump" first, "Donald Trump" later: the single surname grows into the full name.
            var shorter = _people.Where(p => p.NameParts.Count < parts.Count && Contains(parts, p.NameParts)).ToList();
            if (shorter.Count == 1)
            {
                known = shorter[0];
            }
        }
        if (known is not null)
        {
            known.Learn(parts, role);
            return known;
        }
        var person = new ArticlePerson(parts, role);
        _people.Add(person);
        return person;
    }

    private static bool Contains(IReadOnlyList<string> longer, IReadOnlyList<string> shorter) =>
        new ArticlePerson(longer, null).HasNameParts(shorter);
}
