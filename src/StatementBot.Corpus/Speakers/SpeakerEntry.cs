namespace StatementBot.Corpus.Speakers;

/// <summary>A person the corpus quotes: full name, the other names they appear under, and the roles given to them.</summary>
/// <param name="Terms">
/// The offices the corpus shows the person holding, with dates ("President", 2021-01-20 – 2025-01-19): what a bare
/// title ("THE PRESIDENT", "the first lady") means on a date. Empty when the corpus shows no such term.
/// </param>
/// <param name="Seen">Each role as <paramref name="Roles"/> lists it, with how many statements give it and when.</param>
public sealed record SpeakerEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<OfficeTerm>? Terms = null,
    IReadOnlyList<RoleSpan>? Seen = null)
{
    /// <summary>The terms, never null.</summary>
    public IReadOnlyList<OfficeTerm> OfficeTerms => Terms ?? [];

    /// <summary>The roles with counts and dates, never null (undated for entries saved without them).</summary>
    public IReadOnlyList<RoleSpan> RoleSpans => Seen ?? Roles.Select(r => new RoleSpan(r, 0, null, null)).ToArray();
}
