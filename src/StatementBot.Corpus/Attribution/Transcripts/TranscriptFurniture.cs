using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Paragraphs of a transcript that nobody says: time stamps ("3:35 P.M. EDT", "END 5:04 P.M. EST"), stage
/// directions alone on a line ("(Laughter.)"), separators ("###", "***") and "As Prepared for Delivery"; and, at
/// the top of a speech, the place and date lines ("State Dining Room", "Alexandria, VA", "September 8, 2021").
/// </summary>
internal static partial class TranscriptFurniture
{
    public static bool IsFurniture(string paragraph) =>
        TimeStamp().IsMatch(paragraph) || IsStageDirection(paragraph) || Separator().IsMatch(paragraph) || PreparedForDelivery().IsMatch(paragraph);

    /// <summary>Only parenthesised or bracketed asides: "(Laughter.)", "(Cross-talk.) (Inaudible.)".</summary>
    public static bool IsStageDirection(string paragraph) => StageDirection().IsMatch(paragraph);

    /// <summary>
    /// The paragraph without the stage directions written inside it: "Thank you. (Applause.)" is "Thank you.".
    /// Directions are the parenthesised sentences transcribers add ("(Laughter.)", "(Cross-talk by reporters.)",
    /// "(The bill is signed.)") and the bare "(Inaudible)", "(Applause)", "(In progress)"; an aside the speaker says,
    /// like "(IRA)", stays.
    /// </summary>
    public static string WithoutStageDirections(string paragraph)
    {
        if (paragraph.IndexOf('(') < 0 && paragraph.IndexOf('[') < 0)
        {
            return paragraph;
        }
        var stripped = InlineStageDirection().Replace(paragraph, string.Empty);
        return stripped.Length == paragraph.Length ? paragraph : ExtraSpace().Replace(stripped, " ").Trim();
    }

    /// <summary>A short line at the top of a speech that names a place or date rather than saying something.</summary>
    public static bool IsHeading(string paragraph)
    {
        if (IsFurniture(paragraph) || DateLine().IsMatch(paragraph))
        {
            return true;
        }

        if (paragraph.Length > 100)
        {
            return false;
        }

        var end = paragraph.TrimEnd('*', ' ');
        return end.EndsWith("D.C.", StringComparison.Ordinal) || !SentenceEnd().IsMatch(end);
    }

    [GeneratedRegex(@"^(?:END\.?(?:\s.*\d{1,2}:\d{2}.*)?|\(?\d{1,2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\.?(?:\s+\p{Lu}{2,5})?\.?\)?)$")]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"^(?:[\(\[][^\)\]]*[\)\]][.\s]*)+$")]
    private static partial Regex StageDirection();

    [GeneratedRegex(@"\s*(?:\((?:\p{Lu}[^()]{0,80}?\.|(?i:applause|laughter|laughs|inaudible|cross-?talk|in progress|unintelligible|indiscernible))\)|\[(?i:applause|laughter|laughs|inaudible|cross-?talk|in progress|unintelligible|indiscernible)\.?\])")]
    private static partial Regex InlineStageDirection();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex ExtraSpace();

    [GeneratedRegex(@"^[\s#*\-–—_=~.•]+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\(\[*]*\s*As (?:Prepared for Delivery|Delivered)\s*[\)\]*.:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreparedForDelivery();

    [GeneratedRegex(@"^\(?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\)?\.?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[.!?:;""”’)…—\-]$")]
    private static partial Regex SentenceEnd();
}
