using System.Text;

namespace StatementBot.Corpus.Reading.Pdf;

/// <summary>
/// Rebuilds paragraphs from a document's lines: a new paragraph where the page leaves a blank line, a new block or
/// page begins a new sentence, or a speaker's turn or question opens a line; a word hyphenated at a line's end is
/// joined again ("Adminis-" + "tration").
/// </summary>
internal static class PdfParagraphs
{
    /// <summary>A gap between lines wider than this share of the font size is a blank line.</summary>
    private const double ParagraphGap = 0.8;

    public static IReadOnlyList<string> From(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        PdfLine? previous = null;
        foreach (var page in pages)
        {
            var pageStart = true;
            foreach (var line in page)
            {
                var text = line.Text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (current.Length > 0 && StartsParagraph(previous!, line, text, pageStart, current))
                {
                    paragraphs.Add(TextCleaner.Clean(current.ToString()));
                    current.Clear();
                }

                Append(current, text);
                previous = line;
                pageStart = false;
            }
        }

        if (current.Length > 0)
        {
            paragraphs.Add(TextCleaner.Clean(current.ToString()));
        }

        return paragraphs.Where(p => p.Length > 0).ToList();
    }

    private static bool StartsParagraph(PdfLine previous, PdfLine line, string text, bool pageStart, StringBuilder current)
    {
        if (TranscriptLineStart.IsMatch(text))
        {
            return true;
        }

        if (pageStart || line.Block != previous.Block)
        {
            // A sentence that runs on to the next page or column goes on in lower case.
            return !(char.IsLower(text[0]) && !EndsSentence(current));
        }

        var gap = previous.Bottom - line.Top;
        return gap > ParagraphGap * Math.Max(previous.Height, line.Height) || line.Top > previous.Top;
    }

    private static void Append(StringBuilder current, string text)
    {
        if (current.Length == 0)
        {
            current.Append(text);
            return;
        }

        var hyphenated = current.Length >= 2 && current[^1] == '-' && char.IsLetter(current[^2]) && char.IsLower(text[0]);
        if (hyphenated)
        {
            current.Length--;
            current.Append(text);
        }
        else
        {
            current.Append(' ').Append(text);
        }
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var end = text.ToString().TrimEnd('"', '”', '’', '\'', ')', ']');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':';
    }
}
