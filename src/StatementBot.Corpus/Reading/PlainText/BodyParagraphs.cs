namespace StatementBot.Corpus.Reading.PlainText;

/// <summary>
/// Turns the body lines of a plain-text page into clean paragraphs: furniture, stray date lines and picture
/// captions go, hard-wrapped lines are joined, and a trailing block of related links or share buttons ends the body.
/// </summary>
internal static class BodyParagraphs
{
    /// <summary>Lines this short without sentence punctuation are captions or headings, not article text.</summary>
    private const int MaxCaptionWords = 8;

    /// <summary>A trailing "Related News" block holds headlines, not paragraphs of this length.</summary>
    private const int MaxTrailingBlockLineWords = 20;

    public static IReadOnlyList<string> From(IReadOnlyList<string> lines, int start)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                continue;
            }
            if (PageFurniture.StartsTrailingBlock(line) && OnlyShortLinesFollow(lines, i + 1))
            {
                break;
            }
            if (PageFurniture.IsPullQuoteCredit(line) && SignsABlockQuote(paragraphs, current))
            {
                // "Marrero rejected this argument:", the decision's paragraphs, "– United States District Judge Victor
                // Marrero": the credit line of a quoted block stays, as the signature that says whose words they are.
                Flush(current, paragraphs);
                paragraphs.Add(line);
                continue;
            }
            if (PageFurniture.IsFurniture(line) || PageFurniture.StartsTrailingBlock(line) || PageFurniture.IsClipId(line)
                || DateLine.TryParse(line, out _) || IsCaption(line))
            {
                Flush(current, paragraphs);
                continue;
            }
            if (current.Count > 0 && EndsSentence(current[^1]) && !char.IsLower(line[0]))
            {
                Flush(current, paragraphs);
            }
            current.Add(line);
        }
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(List<string> current, List<string> paragraphs)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    /// <summary>Paragraphs a quoted block may span between the line that introduces it and its credit line.</summary>
    private const int MaxBlockQuoteParagraphs = 6;

    /// <summary>True when one of the last few paragraphs ends with a colon, with at least one paragraph after it: a block was introduced.</summary>
    private static bool SignsABlockQuote(List<string> paragraphs, List<string> current)
    {
        var count = paragraphs.Count + (current.Count > 0 ? 1 : 0);
        for (var back = 2; back <= MaxBlockQuoteParagraphs + 1 && back <= count; back++)
        {
            var index = count - back;
            var text = index < paragraphs.Count ? paragraphs[index] : string.Join(' ', current);
            if (text.TrimEnd().EndsWith(':'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OnlyShortLinesFollow(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var words = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxTrailingBlockLineWords || words > MaxCaptionWords && lines[i].EndsWith('.'))
            {
                // Headlines, not sentences, make up a block of related links.
                return false;
            }
        }
        return true;
    }

    private static bool IsCaption(string line) =>
        !EndsSentence(line) && !line.EndsWith(':') && !line.EndsWith(',')
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCaptionWords;

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ')';
}
