using StatementBot.Corpus.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace StatementBot.Corpus.Reading.Pdf;

/// <summary>
/// Reads PDF files (transcripts and statements as offices publish them): the text in reading order, paragraphs
/// rebuilt from lines, running headers, footers and page numbers dropped, words hyphenated at line ends joined.
/// The title is the document's own (its information dictionary) or else its first paragraph; the date is the
/// document's creation date, or a date its title ends with. An encrypted or broken file is a skip, never a crash.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public static DocumentFormat Pdf { get; } = new("PDF", TitledSpeechIsTranscript: false);

    /// <summary>A line this much larger than the page's usual text is a heading.</summary>
    private const double TitleScale = 1.15;

    public DocumentFormat Format => Pdf;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ReadResult Read(string path, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return Read(path, pdf);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Skip(path, "encrypted PDF (it needs a password to be read)");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or EndOfStreamException)
        {
            return ReadResult.Skip(path, "broken PDF: " + Shortened(SkippedFile.OneLine(e.Message)));
        }
    }

    private static ReadResult Read(string path, PdfDocument pdf)
    {
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(n => PdfPageLines.Of(pdf.GetPage(n))).ToList();
        var paragraphs = PdfParagraphs.From(PageMargins.Strip(pages)).ToList();
        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no text in the PDF (a scan without a text layer?)");
        }

        var title = TextCleaner.Clean(pdf.Information.Title);
        if (title.Length == 0)
        {
            title = LargestLine(pages[0]) ?? paragraphs[0];
        }

        // The title printed on the first page is the title, not a paragraph of the text.
        var printed = paragraphs.FindIndex(p => Same(p, title));
        if (printed is >= 0 and < 3)
        {
            paragraphs.RemoveAt(printed);
        }

        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text follows the title");
        }

        var date = pdf.Information.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.Date) : HtmlReader.DateInTitle(title);
        var info = new DocumentInfo(path, title, date, NullIfBlank(pdf.Information.Author), null);
        return ReadResult.Read(new SourceDocument(info, Pdf, paragraphs));
    }

    /// <summary>The first page's line printed larger than its text (a title), if there is one.</summary>
    private static string? LargestLine(IReadOnlyList<PdfLine> firstPage)
    {
        if (firstPage.Count < 2)
        {
            return null;
        }

        var sizes = firstPage.Select(l => l.Height).Order().ToList();
        var body = sizes[sizes.Count / 2];
        var largest = firstPage.Where(l => l.Height > body * TitleScale).OrderByDescending(l => l.Height).ThenByDescending(l => l.Top).FirstOrDefault();
        return largest is null ? null : TextCleaner.Clean(largest.Text);
    }

    /// <summary>The library's message, cut to fit the one-line-per-file summary.</summary>
    private static string Shortened(string message) => message.Length <= 100 ? message : message[..99] + "…";

    private static bool Same(string a, string b) => string.Equals(TextCleaner.Clean(a), TextCleaner.Clean(b), StringComparison.OrdinalIgnoreCase);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextCleaner.Clean(text);
}
