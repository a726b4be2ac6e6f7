namespace StatementBot.Search.Storage;

/// <summary>
/// What a generation was built from, file by file (<c>files.json</c>): an update compares it with the corpus on disk
/// to find the files added, changed and removed, and the documents whose indexed statements must change.
/// </summary>
/// <param name="Folders">Each corpus folder's <c>index.csv</c> hash ("" for none), by folder.</param>
/// <param name="Files">Every corpus file, in reading order.</param>
public sealed record IndexedFiles(IReadOnlyDictionary<string, string> Folders, IReadOnlyList<IndexedFile> Files)
{
    public Dictionary<string, IndexedFile> ByPath() =>
        Files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
