using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Reading.Pdf;

/// <summary>
/// Finds running headers and footers: lines at the top or bottom of a page that repeat on most pages (digits aside,
/// so "Page 3 of 9" repeats), and page numbers wherever a page begins or ends. They are the page's, not the text's.
/// </summary>
internal static partial class PageMargins
{
    /// <summary>How many lines at each end of a page may be furniture.</summary>
    private const int EdgeLines = 2;

    /// <summary>Longer lines are text, however often they repeat.</summary>
    private const int MaxLength = 160;

    /// <summary>The pages' lines without their headers, footers and page numbers.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Strip(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(Key).Distinct(StringComparer.Ordinal))
            {
                repeats[key] = repeats.GetValueOrDefault(key) + 1;
            }
        }

        // "Most pages": more than half, and at least two, so a one-page file keeps its first line.
        var needed = Math.Max(2, pages.Count / 2 + 1);
        return pages.Select(page =>
        {
            var edges = Edges(page).ToHashSet();
            return (IReadOnlyList<PdfLine>)page
                .Where(line => !edges.Contains(line) || (!IsPageNumber(line.Text) && repeats.GetValueOrDefault(Key(line)) < needed))
                .ToList();
        }).ToList();
    }

    /// <summary>"7", "- 7 -", "Page 7", "Page 7 of 12", "7 / 12", "vii".</summary>
    public static bool IsPageNumber(string line) => PageNumber().IsMatch(line.Trim());

    /// <summary>The top and bottom lines of a page by position (reading order may put a footer anywhere).</summary>
    private static IEnumerable<PdfLine> Edges(IReadOnlyList<PdfLine> page)
    {
        var byHeight = page.Where(l => l.Text.Length <= MaxLength).OrderByDescending(l => l.Top).ToList();
        return byHeight.Take(EdgeLines).Concat(byHeight.TakeLast(EdgeLines)).Distinct();
    }

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:page\s+)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
