namespace StatementBot.Corpus.Loading;

/// <summary>
/// A corpus file left out because an earlier file (in reading order) holds the same statements: the same briefing
/// published twice under two addresses, whatever its title, date line or spacing.
/// </summary>
/// <param name="Path">The file left out.</param>
/// <param name="SameAs">The file that was kept.</param>
public sealed record DuplicateDocument(string Path, string SameAs);
