namespace StatementBot.Corpus.Attribution.Articles;

internal enum MentionKind
{
    /// <summary>A person the article names ("Senior Colonel Tan Kefei", later "Tan").</summary>
    Person,

    /// <summary>"he" or "she".</summary>
    Pronoun,

    /// <summary>An organisation, a state, or an official the article leaves unnamed ("the Pentagon", "police").</summary>
    Organisation,

    /// <summary>A single capitalised word nothing yet shows to be a person ("Stamenković" before any full name).</summary>
    Candidate,

    /// <summary>
    /// "the Wooster professor": a definite role no one in the article holds by name; like "he", it stands for the
    /// person last in focus.
    /// </summary>
    Description,
}

/// <summary>
/// Someone a sentence names, outside quotations: the tokens of the name (<see cref="Start"/> to <see cref="End"/>,
/// exclusive) and of the whole phrase with its title or role before it (<see cref="PhraseStart"/>).
/// </summary>
internal sealed record Mention(MentionKind Kind, int PhraseStart, int Start, int End, ArticlePerson? Person, IReadOnlyList<string> Parts, bool Possessive);
