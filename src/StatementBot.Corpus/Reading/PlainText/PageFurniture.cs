using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Reading.PlainText;

/// <summary>
/// Web-page furniture in plain-text pages: donate/subscribe/share prompts, clip requests, image credits, map
/// legends, pull-quote credits whose quote was lost, and the "Related News" / "Share this" blocks that end a page.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Longer lines are prose, whatever words they contain.</summary>
    private const int MaxFurnitureLength = 220;

    private static readonly Regex[] Phrases =
    [
        // Calls to action, alone on a line: "Donate Today", "Subscribe", "Share Video:", "Request Clip", "Print".
        ButtonPattern(),
        // Fund-raising and newsletter prompts, whatever the site's name.
        new(@"\bdonations? from readers\b|\b(monthly|one-time|one time) donation\b|\bsubscribe to (receive|our)\b|\bsign up for our\b", RegexOptions.IgnoreCase),
        new(@"\brequest an? (\w+ )?(clip|video)\b", RegexOptions.IgnoreCase),
        // Image credits and file names left from pictures: "Image: Nicholas Moreau.", "Sirhan in 1969 (Image: CDCR)".
        new(@"Image: \S|^File:\S.*\.(jpe?g|png|svg|gif)$"),
        // Map and chart legends: "██ On ballot".
        new(@"^[█■▇▆●◼]"),
    ];

    /// <summary>True for a line that is page furniture wherever it appears.</summary>
    public static bool IsFurniture(string line)
    {
        if (line.Length == 0 || line.Length > MaxFurnitureLength)
        {
            return false;
        }
        foreach (var phrase in Phrases)
        {
            if (phrase.IsMatch(line))
            {
                return true;
            }
        }
        return IsPullQuoteCredit(line);
    }

    /// <summary>True for a line that starts the block of links and share buttons at the end of a page.</summary>
    public static bool StartsTrailingBlock(string line) => line.Length <= 60 && TrailingBlockPattern().IsMatch(line);

    /// <summary>A clip number and duration ("#8656 | 01:47"): page metadata, not text.</summary>
    public static bool IsClipId(string line) => ClipIdPattern().IsMatch(line);

    /// <summary>
    /// The site's own name when its furniture keeps repeating it (an upper-case name such as "MEMRI" in two or
    /// more furniture lines); null otherwise.
    /// </summary>
    public static string? FindPublisher(IReadOnlyList<string> furnitureLines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in furnitureLines)
        {
            foreach (var name in AcronymPattern().Matches(line).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }
        return counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault();
    }

    /// <summary>"—Troy Roberts": the credit line of a pull quote whose text the page export dropped.</summary>
    public static bool IsPullQuoteCredit(string line) =>
        line.Length > 1 && line[0] is '—' or '–' && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 16 && !line.EndsWith('.');

    [GeneratedRegex(@"^(donate|subscribe|sign up|sign in|log in|register|print|email|share|tweet|menu|search|advertisement|request (a )?clip|read more|click here|follow us|download)( (today|now|here|this|video|clip|article|story|page|post|on \w+))*\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonPattern();

    [GeneratedRegex(@"^(related|recommended|more|latest|popular|trending|read also|see also) ?(news|articles|stories|posts|videos|clips|coverage)?:?$|^share (this|on)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBlockPattern();

    [GeneratedRegex(@"^#\d+\s*\|\s*\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex ClipIdPattern();

    [GeneratedRegex(@"\b[A-Z]{3,10}\b")]
    private static partial Regex AcronymPattern();
}
