namespace StatementBot.Corpus.Reading;

/// <summary>
/// Reads every file under the corpus folders, choosing a reader by format (plain text, Markdown with YAML
/// front matter, HTML). A file that cannot be read becomes a <see cref="SkippedFile"/>; it never throws.
/// </summary>
public sealed class CorpusReader
{
    /// <summary>Every candidate file under the given folders (or the files themselves), in a stable order.</summary>
    public static IReadOnlyList<string> EnumerateFiles(IEnumerable<string> roots) => throw new NotImplementedException();

    /// <summary>Reads one file; never throws for bad content.</summary>
    public ReadResult Read(string path) => throw new NotImplementedException();
}
