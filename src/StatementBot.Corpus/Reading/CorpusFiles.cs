namespace StatementBot.Corpus.Reading;

/// <summary>Which files in a corpus folder are its own metadata or hidden (formats are <see cref="DocumentReaders"/>'s).</summary>
internal static class CorpusFiles
{
    /// <summary>The corpus folder's own index (file name, original URL, title), read by <see cref="FolderIndex"/>.</summary>
    public const string IndexFileName = "index.csv";

    /// <summary>
    /// Files that describe a corpus rather than belong to it: its index, licence and read-me. They are left out of
    /// enumeration without a word (a licence is not a skipped document), and reading one directly says why.
    /// </summary>
    public static bool IsMetadata(string path)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(name);
        return name.Equals(IndexFileName, StringComparison.OrdinalIgnoreCase)
            || stem.Equals("LICENSE", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("LICENCE", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("README", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Dot-files and dot-folders (<c>.git</c>, <c>.DS_Store</c>) are never part of a corpus.</summary>
    public static bool IsHidden(string name) => name.StartsWith('.');
}
