using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace StatementBot.Corpus.Reading.Pdf;

/// <summary>
/// A page's lines in reading order: words found from the letters' positions, grouped into blocks and lines
/// (Docstrum), blocks ordered as a reader reads them (columns left to right, each top to bottom).
/// </summary>
internal static class PdfPageLines
{
    /// <summary>A gap wider than this share of the font size is more than one space ("Q  Thank you").</summary>
    private const double WideGap = 0.45;

    public static IReadOnlyList<PdfLine> Of(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words)).ToList();
        var lines = new List<PdfLine>();
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var line in blocks[b].TextLines)
            {
                var size = line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(line.BoundingBox.Height).Max();
                lines.Add(new PdfLine(TextOf(line.Words, size), line.BoundingBox.Top, line.BoundingBox.Bottom, size, b));
            }
        }

        return lines;
    }

    /// <summary>The words joined by a space, or by two where the page leaves a wide gap (as transcripts do after "Q").</summary>
    private static string TextOf(IReadOnlyList<Word> words, double size)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var text = new StringBuilder(ordered[0].Text);
        for (var i = 1; i < ordered.Count; i++)
        {
            var gap = ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right;
            text.Append(gap > WideGap * size ? "  " : " ").Append(ordered[i].Text);
        }

        return text.ToString();
    }
}
