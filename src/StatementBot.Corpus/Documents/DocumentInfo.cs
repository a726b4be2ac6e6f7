namespace StatementBot.Corpus.Documents;

/// <summary>What a reader needs to cite a document: its title, date, source (publication or site) and URL.</summary>
/// <param name="Path">The file the document was read from, as given to the reader.</param>
public sealed record DocumentInfo(string Path, string Title, DateOnly? Date, string? Source, string? Url);
