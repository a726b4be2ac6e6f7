using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// A person (or an organisation) an article names. The name grows when a fuller form appears ("President Trump",
/// later "Donald Trump"); the role is the first one the article gives; the pronoun is learnt from a title
/// ("Mrs") or from the first "he"/"she" that stands for them.
/// </summary>
internal sealed class ArticlePerson(IReadOnlyList<string> nameParts, string? role, bool isOrganisation = false)
{
    public IReadOnlyList<string> NameParts { get; private set; } = nameParts;

    public string Name => string.Join(' ', NameParts);

    public string? Role { get; private set; } = role;

    /// <summary>An organisation, a state or an unnamed official: their words are kept, never as a person's.</summary>
    public bool IsOrganisation { get; } = isOrganisation;

    /// <summary>"he" or "she" once known (from a title, a given name, or the first pronoun that stands for them); null before.</summary>
    public string? Pronoun { get; set; } = isOrganisation || nameParts.Count < 2 ? null : Rules.ArticleRules.PronounOfGivenName(Speakers.NameKey.Fold(nameParts[0]));

    public void Learn(IReadOnlyList<string> nameParts, string? role)
    {
        if (nameParts.Count > NameParts.Count)
        {
            NameParts = nameParts;
            if (nameParts.Count >= 2)
            {
                Pronoun ??= Rules.ArticleRules.PronounOfGivenName(Speakers.NameKey.Fold(nameParts[0]));
            }
        }
        Role ??= role;
    }

    private bool _described;

    /// <summary>"Tan Kefei, spokesperson for the ministry": a role the article spells out beside the name wins over a rank before it.</summary>
    public void Describe(string role)
    {
        if (!_described)
        {
            Role = role;
            _described = true;
        }
    }

    /// <summary>True when <paramref name="parts"/> appear, in order and adjacent, within this person's name.</summary>
    public bool HasNameParts(IReadOnlyList<string> parts)
    {
        for (var start = 0; start + parts.Count <= NameParts.Count; start++)
        {
            var all = true;
            for (var i = 0; i < parts.Count && all; i++)
            {
                all = string.Equals(NameKey.Fold(NameParts[start + i]), NameKey.Fold(parts[i]), StringComparison.Ordinal);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}
