extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Tests.Readers;

/// <summary>A document saved as a Word file: the title as a heading, then one Word paragraph per paragraph.</summary>
internal static class GeneratedDocx
{
    /// <param name="titleInProperties">Also set the file's Title property (otherwise only the heading names it).</param>
    public static byte[] Of(SourceDocument document, bool titleInProperties)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(document.Info.Title))));
            foreach (var paragraph in document.Paragraphs)
            {
                body.AppendChild(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            }

            word.AddMainDocumentPart().Document = new Document(body);
            if (titleInProperties)
            {
                word.PackageProperties.Title = document.Info.Title;
            }

            if (document.Info.Date is { } date)
            {
                word.PackageProperties.Created = date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            }
        }

        return stream.ToArray();
    }
}
