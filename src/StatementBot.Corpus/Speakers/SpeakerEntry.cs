namespace StatementBot.Corpus.Speakers;

/// <summary>A person the corpus quotes: full name, the other names they appear under, and the roles given to them.</summary>
public sealed record SpeakerEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);
