using System.Collections.Frozen;
using StatementBot.Corpus.Reading.Pdf;
using StatementBot.Corpus.Reading.Docx;

namespace StatementBot.Corpus.Reading;

/// <summary>The readers a corpus is read with, found by file extension.</summary>
public sealed class DocumentReaders
{
    private readonly FrozenDictionary<string, IDocumentReader> _byExtension;

    /// <param name="readers">The readers; an extension claimed by two is read by the first.</param>
    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        var byExtension = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                byExtension.TryAdd(extension, reader);
            }
        }

        _byExtension = byExtension.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every format the corpus reads. A new format is one line here.</summary>
    public static DocumentReaders Default { get; } = new(
    [
        new PlainTextReader(),
        new MarkdownReader(),
        new HtmlReader(),
        new PdfReader(),
        new WordReader(),
    ]);

    /// <summary>The extensions some reader reads (".txt", ".pdf", ...).</summary>
    public IEnumerable<string> Extensions => _byExtension.Keys;

    /// <summary>The reader for the file's extension, or null when no reader reads it.</summary>
    public IDocumentReader? For(string path) => _byExtension.GetValueOrDefault(Path.GetExtension(path));
}
