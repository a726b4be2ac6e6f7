using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Reads HTML pages (the Foreign Ministry site): title from <c>&lt;title&gt;</c>, date from the title
/// ("... on May 11, 2018") or else the page's date element, and the paragraphs of the article element
/// (<c>.content</c>) only, so the site's menus, navigation and footer never reach a statement.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    /// <summary>What the Foreign Ministry's pages are published by when the page does not name a source.</summary>
    public const string ForeignMinistrySource = "Ministry of Foreign Affairs of the People's Republic of China";

    private static readonly string[] ArticleSelectors = [".content", "article", "main"];
    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    public DocumentFormat Format => DocumentFormat.Html;

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ReadResult Read(string path, ReadOnlyMemory<byte> bytes) => DecodedText.Read(path, bytes, markup: true, Read);

    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text)
    {
        var page = new HtmlParser().ParseDocument(text);
        var article = ArticleSelectors.Select(page.QuerySelector).FirstOrDefault(e => e is not null);
        if (article is null)
        {
            return ReadResult.Skip(path, "no article content (.content) in the page");
        }

        var paragraphs = HtmlText.Paragraphs(article);
        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text");
        }

        var title = FirstText(TextCleaner.Clean(page.Title), Text(page.QuerySelector("h2.title")), Text(page.QuerySelector("h1")))
            ?? Path.GetFileNameWithoutExtension(path);
        var date = DateInTitle(title)
            ?? ParseDate(Text(page.QuerySelector("#News_Body_Time")) ?? Text(page.QuerySelector(".date")))
            ?? DateFromImageStamp(title, article);
        var source = FirstText(Text(page.QuerySelector("#News_Body_source")), Meta(page, "og:site_name"))
            ?? (page.QuerySelector("#News_Body_source") is not null ? ForeignMinistrySource : null);
        var url = FirstText(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(page, "og:url"));

        return ReadResult.Read(new SourceDocument(new DocumentInfo(path, title, date, source, url), DocumentFormat.Html, paragraphs));
    }

    /// <summary>The date a title ends with, as in "Regular Press Conference on May 11, 2018".</summary>
    internal static DateOnly? DateInTitle(string title)
    {
        var match = TitleDate().Match(title);
        return match.Success ? ParseDate($"{match.Groups["month"].Value} {match.Groups["day"].Value}, {match.Groups["year"].Value}") : null;
    }

    /// <summary>
    /// Some titles lose the year ("... on September 10"). The site names uploaded images by publication date
    /// (<c>W020180910…jpg</c>); when such a stamp in the article has the title's month and day, its year is taken.
    /// </summary>
    private static DateOnly? DateFromImageStamp(string title, IElement article)
    {
        var match = TitleMonthDay().Match(title);
        if (!match.Success || !DateOnly.TryParseExact($"{match.Groups["month"].Value} {match.Groups["day"].Value}, 2000", "MMMM d, yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthDay))
        {
            return null;
        }

        foreach (var image in article.QuerySelectorAll("img[src]"))
        {
            var stamp = ImageStamp().Match(image.GetAttribute("src") ?? string.Empty);
            if (stamp.Success
                && DateOnly.TryParseExact(stamp.Groups["stamp"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamped)
                && stamped.Month == monthDay.Month && stamped.Day == monthDay.Day)
            {
                return stamped;
            }
        }

        return null;
    }

    private static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(TextCleaner.Clean(text), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? Text(IElement? element) => FirstText(element is null ? null : TextCleaner.Clean(element.TextContent));

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? FirstText(params string?[] candidates) =>
        candidates.Select(c => c?.Trim()).FirstOrDefault(c => !string.IsNullOrEmpty(c));

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"\bon\s+(?<month>" + Months + @")\s*(?<day>\d{1,2}),\s*(?<year>\d{4})\b")]
    private static partial Regex TitleDate();

    [GeneratedRegex(@"\bon\s+(?<month>" + Months + @")\s*(?<day>\d{1,2})\s*$")]
    private static partial Regex TitleMonthDay();

    [GeneratedRegex(@"W0(?<stamp>(?:19|20)\d{6})\d*\.(?:jpe?g|png|gif)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageStamp();
}
