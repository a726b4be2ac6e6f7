namespace StatementBot.Corpus.Speakers;

/// <summary>
/// A stretch of time in which the corpus shows one person as the holder of an office: the documents of that time
/// that give the office a name give this one, first and last date seen.
/// </summary>
public sealed record OfficeTerm(string Office, DateOnly First, DateOnly Last);
