using System.Text.RegularExpressions;
using StatementBot.Corpus.Documents;

namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// The stretches of a document a known item may point at, read from its text alone. In transcripts and speeches:
/// paragraphs of someone's own words, long enough to remember (a reporter's question, a paragraph that asks, page
/// furniture and short lines are left out; a leading speaker label is cut off). In news articles, where only quoted
/// words are statements: the quotations of twelve words or more.
/// </summary>
public static partial class KnownItemUnits
{
    public const int MinimumParagraphWords = 25;
    public const int MinimumQuoteWords = 12;

    public static IReadOnlyList<string> Of(SourceDocument document) =>
        document.Format == DocumentFormat.PlainText ? Quotations(document.Paragraphs) : OwnWords(document.Paragraphs);

    private static List<string> OwnWords(IEnumerable<string> paragraphs)
    {
        var units = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Trim();
            if (ReporterLabel().IsMatch(text))
            {
                continue;
            }

            text = SpeakerLabel().Replace(text, "", 1).Trim();
            if (text.EndsWith('?') || KnownItemWords.Split(text).Length < MinimumParagraphWords || !text.Any(char.IsLower))
            {
                continue;
            }

            units.Add(text);
        }

        return units;
    }

    private static List<string> Quotations(IEnumerable<string> paragraphs)
    {
        var units = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            foreach (Match quote in Quotation().Matches(paragraph))
            {
                var text = quote.Groups["words"].Value.Trim();
                if (KnownItemWords.Split(text).Length >= MinimumQuoteWords && !text.EndsWith('?'))
                {
                    units.Add(text);
                }
            }
        }

        return units;
    }

    /// <summary>"Q", "Q:", "Q." or "Q`" opening a paragraph: a reporter is asking.</summary>
    [GeneratedRegex(@"^Q(?:[\s:.`]|$)")]
    private static partial Regex ReporterLabel();

    /// <summary>A label in capitals (or "A:") before a colon: "MS. PSAKI:", "THE PRESIDENT:", "A:".</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Z.'’ \-]{0,60}):\s")]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex("[\"“](?<words>[^\"“”]+)[\"”]")]
    private static partial Regex Quotation();
}
