extern alias OpenXml;

using System.IO.Packaging;
using System.Text;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading.Docx;

/// <summary>
/// Reads Word files (.docx): the body's paragraphs in order (tables' cells included), the title from the file's
/// properties or else its first heading, the date from its properties when they have one. A password-protected,
/// old binary (.doc) or broken file is a skip with a reason, never a crash.
/// </summary>
public sealed class WordReader : IDocumentReader
{
    public static DocumentFormat Word { get; } = new("Word", TitledSpeechIsTranscript: false);

    /// <summary>The first bytes of an OLE compound file: what an encrypted .docx or an old .doc is stored as.</summary>
    private static readonly byte[] CompoundFileMark = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public DocumentFormat Format => Word;

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ReadResult Read(string path, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.StartsWith(CompoundFileMark))
        {
            return ReadResult.Skip(path, "a password-protected or old binary Word file (save it as .docx without a password)");
        }

        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            return Read(path, word);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            var message = SkippedFile.OneLine(e.Message);
            return ReadResult.Skip(path, "broken Word file: " + (message.Length <= 100 ? message : message[..99] + "…"));
        }
    }

    private static ReadResult Read(string path, WordprocessingDocument word)
    {
        if (word.MainDocumentPart?.Document?.Body is not { } body)
        {
            return ReadResult.Skip(path, "not a Word document (no document body)");
        }

        var paragraphs = body.Descendants<Paragraph>()
            .Select(p => (Text: TextCleaner.Clean(TextOf(p)), IsHeading: IsHeading(p)))
            .Where(p => p.Text.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text");
        }

        var properties = word.PackageProperties;
        var title = TextCleaner.Clean(properties.Title);
        var first = paragraphs[0];
        if (title.Length == 0)
        {
            title = paragraphs.FirstOrDefault(p => p.IsHeading).Text ?? Path.GetFileNameWithoutExtension(path);
        }

        // The title printed at the top is the title, not a paragraph of the text.
        if (string.Equals(first.Text, title, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text follows the title");
        }

        var date = properties.Created is { } created ? DateOnly.FromDateTime(created) : HtmlReader.DateInTitle(title);
        var source = string.IsNullOrWhiteSpace(properties.Creator) ? null : TextCleaner.Clean(properties.Creator);
        var info = new DocumentInfo(path, title, date, source, null);
        return ReadResult.Read(new SourceDocument(info, Word, paragraphs.Select(p => p.Text).ToList()));
    }

    /// <summary>A paragraph's text: its runs' text, tabs and line breaks as spaces.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }

    private static bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style
        && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase));
}
