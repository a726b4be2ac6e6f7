using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The people one article names, so later references resolve to the full name: "Tan" is Tan Kefei once "Senior
/// Colonel Tan Kefei" has appeared; "Biden" is nobody when both Joe and Jill Biden have.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<ArticlePerson> _people = [];

    private readonly Dictionary<string, ArticlePerson> _organisations = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ArticlePerson> All => _people;

    /// <summary>The organisation (or state, or unnamed official's employer) of this name, one object per name.</summary>
    public ArticlePerson Organisation(string name)
    {
        if (!_organisations.TryGetValue(name, out var organisation))
        {
            _organisations[name] = organisation = new ArticlePerson([name], null, isOrganisation: true);
        }
        return organisation;
    }

    /// <summary>The one person whose name contains these parts; null when none or several do.</summary>
    public ArticlePerson? Find(IReadOnlyList<string> parts)
    {
        if (parts.Count == 1)
        {
            // "Day" is Doris Day, not "The Doris Day Show": a surname alone is the one name it ends.
            var folded = NameKey.Fold(parts[0]);
            var ending = _people.Where(p => NameKey.Fold(p.NameParts[^1]) == folded).ToList();
            if (ending.Count == 1)
            {
                return ending[0];
            }
            // "Yahya Sarea said …" then "Saree said": a surname spelled one letter differently is the same surname.
            var near = _people.Where(p => !p.IsOrganisation && p.NameParts.Count > 1 && OneLetterApart(NameKey.Fold(p.NameParts[^1]), folded)).Take(2).ToList();
            if (ending.Count == 0 && near.Count == 1)
            {
                return near[0];
            }
        }
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
    public bool IsAmbiguous(IReadOnlyList<string> parts) => Find(parts) is null && _people.Count(p => p.HasNameParts(parts)) > 1;

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
            var shorter = _people.Where(p => !p.IsOrganisation && p.NameParts.Count < parts.Count && Contains(parts, p.NameParts)
                && NameKey.Fold(p.NameParts[^1]) == NameKey.Fold(parts[^1])).ToList();
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

    /// <summary>
    /// Two surnames of at least <see cref="MinNearSurname"/> letters that share their first letter and differ by one
    /// letter changed, added or left out ("Sarea", "Saree").
    /// </summary>
    private static bool OneLetterApart(string a, string b)
    {
        if (a.Length < MinNearSurname || b.Length < MinNearSurname || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }
        // Past the first difference the rest must agree, with the longer one letter ahead when the lengths differ.
        var skip = shorter.Length == longer.Length ? 1 : 0;
        return shorter.AsSpan(Math.Min(shorter.Length, i + skip)).SequenceEqual(longer.AsSpan(i + 1));
    }

    private const int MinNearSurname = 5;

    private static bool Contains(IReadOnlyList<string> longer, IReadOnlyList<string> shorter) =>
        new ArticlePerson(longer, null).HasNameParts(shorter);
}
