using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading.PlainText;

namespace StatementBot.Corpus.Reading;

/// <summary>Reads plain-text pages (the seeds, Wikinews): title, date, source/byline, body without page furniture.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public DocumentFormat Format => DocumentFormat.PlainText;

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public ReadResult Read(string path, ReadOnlyMemory<byte> bytes) => DecodedText.Read(path, bytes, markup: false, Read);

    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Skip(path, "the file is empty");
        }
        if (text.Contains('\0'))
        {
            return ReadResult.Skip(path, "the file holds binary data, not text");
        }

        var lines = SplitLines(text);
        var header = PageHeaderParser.Parse(lines);
        if (header is null)
        {
            return ReadResult.Skip(path, "no title line was found");
        }

        var paragraphs = BodyParagraphs.From(lines, header.BodyStart);
        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text follows the title");
        }

        var info = new DocumentInfo(path, header.Title, header.Date, header.Source, header.Url);
        return ReadResult.Read(new SourceDocument(info, DocumentFormat.PlainText, paragraphs));
    }

    /// <summary>Lines trimmed of spaces, non-breaking spaces and zero-width marks; blank lines become empty strings.</summary>
    private static List<string> SplitLines(string text) =>
        text.TrimStart('\uFEFF')
            .ReplaceLineEndings("\n")
            .Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00A0', '\u2009', '\u202F'], StringSplitOptions.RemoveEmptyEntries))
                .Trim('\u200B', '\u200C', '\u200D', '\uFEFF'))
            .ToList();
}
