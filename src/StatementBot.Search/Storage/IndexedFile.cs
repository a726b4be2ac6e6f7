namespace StatementBot.Search.Storage;

/// <summary>One corpus file as the index last saw it (a row of <c>files.json</c>).</summary>
/// <param name="Length">Size in bytes when it was read.</param>
/// <param name="Modified">Modification time (UTC ticks) when it was read.</param>
/// <param name="Key">The key of its kept extraction; null when it is to be read again (skipped, or it changed while read).</param>
/// <param name="Indexed">The signature of the document as indexed; null when the file gave no indexed document.</param>
public sealed record IndexedFile(string Path, long Length, long Modified, string? Key, string? Indexed);
