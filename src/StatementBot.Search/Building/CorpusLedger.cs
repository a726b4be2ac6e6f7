using StatementBot.Corpus.Loading;
using StatementBot.Search.Freshness;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>Writes down, file by file, what a generation was built from (<see cref="IndexedFiles"/>).</summary>
internal static class CorpusLedger
{
    /// <summary>Stands for a document indexed from a file that was not kept: it differs from every real signature, so the
    /// next update indexes the document again (and still knows to delete it).</summary>
    public const string NotKept = "not-kept";

    /// <param name="keys">The key of each of <c>load.Files</c>, null where the file is to be read again.</param>
    /// <param name="stamps">The stamp of each file as it was read.</param>
    public static IndexedFiles Of(CorpusLoad load, IReadOnlyList<string?> keys, IReadOnlyList<FileStamp?> stamps, IReadOnlyDictionary<string, string> folders)
    {
        var canonical = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in load.Documents)
        {
            canonical.TryAdd(document.Document.Info.Path, document);
        }

        var rows = new IndexedFile[load.Files.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var file = load.Files[i];
            var key = keys[i];
            var indexed = canonical.TryGetValue(file.Path, out var document)
                ? key is null ? NotKept : FileKeys.Signature(key, document.Statements)
                : null;
            rows[i] = new IndexedFile(file.Path, stamps[i]?.Length ?? -1, stamps[i]?.Modified ?? 0, key, indexed);
        }

        return new IndexedFiles(folders, rows);
    }

    /// <summary>Each folder holding one of <paramref name="paths"/>, with its <c>index.csv</c> hash.</summary>
    public static Dictionary<string, string> Folders(IEnumerable<string> paths) =>
        paths.Select(FolderOf).Distinct(StringComparer.Ordinal).ToDictionary(f => f, FileKeys.FolderHash, StringComparer.Ordinal);

    public static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
}
