using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Reading.PlainText;

/// <summary>
/// Finds a plain-text page's title, date, source, byline and URL. Lines above the title are furniture (donate and
/// subscribe prompts); below it, short lines up to the first paragraph of prose are metadata: the first unlabelled
/// one is the publication, the second the byline. A "Source:" label is the original source of the material; when
/// the page's own furniture names the publisher (as MEMRI's does), both are shown.
/// </summary>
internal static partial class PageHeaderParser
{
    private const int MaxMetadataWords = 6;

    public static PageHeader? Parse(IReadOnlyList<string> lines)
    {
        var furniture = new List<string>();
        DateOnly? date = null;
        string? url = null;
        string? labelledSource = null;
        string? byline = null;

        var titleIndex = -1;
        for (var i = 0; i < lines.Count && titleIndex < 0; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }
            if (PageFurniture.IsFurniture(line) || PageFurniture.StartsTrailingBlock(line))
            {
                furniture.Add(line);
            }
            else if (!TakeMetadata(line, ref date, ref url, ref labelledSource, ref byline) && IsHeadline(line))
            {
                titleIndex = i;
            }
            else if (!IsMetadataLike(line))
            {
                // Prose before the title is the page's own blurb (fund-raising, "about us"), never the article.
                furniture.Add(line);
            }
        }
        if (titleIndex < 0)
        {
            return null;
        }

        string? publication = null;
        var bodyStart = lines.Count;
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || PageFurniture.IsClipId(line))
            {
                continue;
            }
            if (PageFurniture.IsFurniture(line))
            {
                furniture.Add(line);
                continue;
            }
            if (TakeMetadata(line, ref date, ref url, ref labelledSource, ref byline))
            {
                continue;
            }
            if (IsShortLabel(line) && (publication is null || byline is null))
            {
                if (publication is null)
                {
                    publication = line;
                }
                else
                {
                    byline = line;
                }
                continue;
            }
            bodyStart = i;
            break;
        }

        var publisher = PageFurniture.FindPublisher(furniture);
        return new PageHeader(Clean(lines[titleIndex]), date, ComposeSource(publication, publisher, labelledSource), byline, url, bodyStart);
    }

    private static string? ComposeSource(string? publication, string? publisher, string? labelledSource)
    {
        var site = publication ?? publisher;
        return (site, labelledSource) switch
        {
            (null, null) => null,
            (null, _) => labelledSource,
            (_, null) => site,
            _ => $"{site} (from {labelledSource})",
        };
    }

    /// <summary>Dates, URLs and labelled lines ("Source: ...", "By ..."); true when the line was one of them.</summary>
    private static bool TakeMetadata(string line, ref DateOnly? date, ref string? url, ref string? source, ref string? byline)
    {
        if (DateLine.TryParse(line, out var parsed))
        {
            date ??= parsed;
            return true;
        }
        if (UrlPattern().IsMatch(line))
        {
            url ??= line;
            return true;
        }
        if (PageFurniture.IsClipId(line))
        {
            return true;
        }
        var label = LabelPattern().Match(line);
        if (label.Success)
        {
            var value = Clean(label.Groups["value"].Value);
            if (label.Groups["label"].Value.Equals("source", StringComparison.OrdinalIgnoreCase))
            {
                source ??= value;
            }
            else if (WordCount(value) <= MaxMetadataWords)
            {
                byline ??= value;
            }
            else
            {
                // "By the numbers: ..." is a headline, not a byline.
                return false;
            }
            return true;
        }
        return false;
    }

    private static bool IsMetadataLike(string line) => DateLine.TryParse(line, out _) || UrlPattern().IsMatch(line) || PageFurniture.IsClipId(line);

    /// <summary>A title: a few words up to a long headline, and not a paragraph of sentences.</summary>
    private static bool IsHeadline(string line)
    {
        var words = WordCount(line);
        if (words < 2 || line.Length > 300)
        {
            return false;
        }
        return !(line.EndsWith('.') && words > 12) && !SentenceBreakPattern().IsMatch(line);
    }

    /// <summary>A publication or byline line: a few words, no sentence punctuation.</summary>
    private static bool IsShortLabel(string line) =>
        WordCount(line) <= MaxMetadataWords && !line.EndsWith('.') && !line.EndsWith(':') && !line.Contains('"') && !line.Contains('“');

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Collapses runs of spaces and the stray space before a closing quote ("(China) \"").</summary>
    private static string Clean(string value) =>
        SpaceBeforeClosingQuotePattern().Replace(SpacesPattern().Replace(value.Trim(), " "), "$1");

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(?<label>source|by|author|written by)\s*:?\s+(?<value>\S.{0,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"[a-z]{3,}[.!?] [A-Z][a-z]+ [a-z]+")]
    private static partial Regex SentenceBreakPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"\s+([""”])(?=\s*$|\))")]
    private static partial Regex SpaceBeforeClosingQuotePattern();
}
