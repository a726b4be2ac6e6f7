using StatementBot.Corpus.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace StatementBot.Corpus.Tests.Readers;

/// <summary>
/// Lays a document out as a PDF the way offices print transcripts: US Letter, the title on the first page, a
/// running header and a "Page N of M" footer on every page, paragraphs wrapped to the measure with a blank line
/// between them, and long words hyphenated where they meet the margin.
/// </summary>
internal sealed class GeneratedPdf
{
    public const double FontSize = 11, Leading = 14, Margin = 72;
    private const double TitleSize = 14;

    private readonly Dictionary<string, double> _widths = new(StringComparer.Ordinal);
    private readonly PdfDocumentBuilder _measure = new();
    private readonly PdfDocumentBuilder.AddedFont _measureFont;
    private readonly PdfPageBuilder _measurePage;

    private GeneratedPdf()
    {
        _measureFont = _measure.AddStandard14Font(Standard14Font.Helvetica);
        _measurePage = _measure.AddPage(PageSize.Letter);
    }

    private readonly List<string> _hyphenated = [];

    /// <summary>The PDF's bytes; <paramref name="header"/> is printed at the top of every page.</summary>
    /// <param name="hyphenated">When given, receives each word the layout hyphenated at a line's end.</param>
    public static byte[] Of(SourceDocument document, string header, bool withTitleInInfo = true, List<string>? hyphenated = null)
    {
        var layout = new GeneratedPdf();
        var title = WinAnsi.Fit(document.Info.Title);
        var lines = new List<(string Text, double Size, bool GapBefore)> { (title, TitleSize, false) };
        foreach (var paragraph in document.Paragraphs)
        {
            var wrapped = layout.Wrap(WinAnsi.Fit(paragraph), 612 - 2 * Margin);
            lines.AddRange(wrapped.Select((line, i) => (line, FontSize, i == 0)));
        }

        hyphenated?.AddRange(layout._hyphenated);
        var pages = Paginate(lines);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        if (withTitleInInfo)
        {
            builder.DocumentInformation.Title = title;
        }

        if (document.Info.Date is { } date)
        {
            builder.DocumentInformation.CreationDate = $"D:{date:yyyyMMdd}120000Z";
        }

        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText(WinAnsi.Fit(header), 9, new PdfPoint(Margin, 792 - 40), font);
            foreach (var (text, size, y) in pages[p])
            {
                page.AddText(text, size, new PdfPoint(Margin, y), font);
            }

            page.AddText($"Page {p + 1} of {pages.Count}", 9, new PdfPoint(612 / 2.0 - 25, 40), font);
        }

        return builder.Build();
    }

    private static List<List<(string Text, double Size, double Y)>> Paginate(List<(string Text, double Size, bool GapBefore)> lines)
    {
        var pages = new List<List<(string, double, double)>> { new() };
        var y = 792 - Margin;
        foreach (var (text, size, gapBefore) in lines)
        {
            var step = Leading + (gapBefore ? Leading : 0);
            if (y - step < Margin)
            {
                pages.Add([]);
                y = 792 - Margin;
                step = Leading;
            }

            y -= step;
            pages[^1].Add((text, size, y));
        }

        return pages;
    }

    /// <summary>Greedy wrapping at spaces; a word of ten letters or more that does not fit is hyphenated.</summary>
    private List<string> Wrap(string paragraph, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate) <= width || line.Length == 0)
            {
                line = candidate;
                continue;
            }

            if (word.Length >= 10 && word.All(char.IsLetter) && Split(line, word, width) is var (head, tail))
            {
                lines.Add(line + " " + head + "-");
                _hyphenated.Add(word);
                line = tail;
                continue;
            }

            lines.Add(line);
            line = word;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private (string Head, string Tail)? Split(string line, string word, double width)
    {
        for (var cut = word.Length - 4; cut >= 4; cut--)
        {
            if (Width(line + " " + word[..cut] + "-") <= width)
            {
                return (word[..cut], word[cut..]);
            }
        }

        return null;
    }

    private double Width(string text)
    {
        if (!_widths.TryGetValue(text, out var width))
        {
            var letters = _measurePage.MeasureText(text, FontSize, new PdfPoint(0, 0), _measureFont);
            width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
            _widths[text] = width;
        }

        return width;
    }
}
