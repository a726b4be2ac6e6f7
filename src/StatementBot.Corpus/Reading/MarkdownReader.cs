namespace StatementBot.Corpus.Reading;

/// <summary>Reads Markdown transcripts with YAML front matter (date, title, source_url).</summary>
public sealed class MarkdownReader
{
    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text) => throw new NotImplementedException();
}
