using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>Which files in a corpus folder are documents, and in which format.</summary>
internal static class CorpusFiles
{
    /// <summary>The corpus folder's own index (file name, original URL, title), read by <see cref="FolderIndex"/>.</summary>
    public const string IndexFileName = "index.csv";

    private static readonly Dictionary<string, DocumentFormat> FormatsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = DocumentFormat.PlainText,
        [".md"] = DocumentFormat.Markdown,
        [".markdown"] = DocumentFormat.Markdown,
        [".html"] = DocumentFormat.Html,
        [".htm"] = DocumentFormat.Html,
    };

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

    public static DocumentFormat? FormatOf(string path) =>
        FormatsByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;
}
