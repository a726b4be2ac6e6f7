using System.Text.RegularExpressions;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Classifies the paragraphs of a White House transcript: <c>Q</c> + spaces opens a reporter's question, a
/// capitalised label and colon opens a turn (<c>MS. JEAN-PIERRE:</c>, <c>THE PRESIDENT:</c>), and a label that
/// differs by a typo or two from one the same document uses more often (<c>MS. JEAN-PIERE</c>,
/// <c>THE PRESDEINT</c>) is read as that one.
/// </summary>
internal static partial class WhiteHouseTranscript
{
    private static readonly string[] CommonLabels = ["THE PRESIDENT", "THE VICE PRESIDENT", "THE FIRST LADY", "THE SECOND GENTLEMAN", "SENIOR ADMINISTRATION OFFICIAL"];

    /// <summary>The question's text when the paragraph is a reporter's (<c>Q   Thank you.</c>, <c>Q: ...</c>).</summary>
    public static string? Question(string paragraph)
    {
        var match = QuestionPattern().Match(paragraph);
        return match.Success ? match.Groups["text"].Value.Trim() : null;
    }

    public static IReadOnlyList<TranscriptLine> Classify(SourceDocument document, DocumentSpeakers speakers)
    {
        var labelled = document.Paragraphs.Select(p => (Paragraph: p, Label: Question(p) is null && !TranscriptFurniture.IsFurniture(p) ? TurnLabel.Match(p) : null)).ToList();
        var corrections = Corrections(labelled.Select(l => l.Label?.Label).OfType<TurnLabel>());

        var lines = new List<TranscriptLine>(labelled.Count);
        foreach (var (paragraph, match) in labelled)
        {
            if (TranscriptFurniture.IsFurniture(paragraph))
            {
                lines.Add(new TranscriptLine(LineKind.Furniture, paragraph));
            }
            else if (Question(paragraph) is { } question)
            {
                lines.Add(new TranscriptLine(LineKind.Question, question));
            }
            else if (match is var (label, text))
            {
                label = corrections.GetValueOrDefault(label.Raw, label);
                lines.Add(label.Kind switch
                {
                    TurnLabelKind.Person or TurnLabelKind.Role => new TranscriptLine(LineKind.Turn, text, speakers.Resolve(label)),
                    TurnLabelKind.Reporter => new TranscriptLine(LineKind.Question, text),
                    _ => new TranscriptLine(LineKind.Crowd, text),
                });
            }
            else
            {
                lines.Add(new TranscriptLine(LineKind.Text, paragraph));
            }
        }

        return lines;
    }

    /// <summary>Rare labels within two typing errors of a more frequent one in the same document (or a common one).</summary>
    private static Dictionary<string, TurnLabel> Corrections(IEnumerable<TurnLabel> labels)
    {
        var counts = labels.Where(l => l.Kind is TurnLabelKind.Person or TurnLabelKind.Role)
            .GroupBy(l => l.Raw, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var targets = counts.Select(c => (Raw: c.Key, Count: c.Value))
            .Concat(CommonLabels.Where(c => !counts.ContainsKey(c)).Select(c => (Raw: c, Count: int.MaxValue)))
            .ToList();

        var corrections = new Dictionary<string, TurnLabel>(StringComparer.Ordinal);
        foreach (var (raw, count) in counts)
        {
            var allowed = raw.Length <= 8 ? 1 : 2;
            var target = targets
                .Where(t => t.Count > count && t.Raw != raw && Math.Min(t.Raw.Length, raw.Length) >= 6)
                .Select(t => (t.Raw, t.Count, Distance: EditDistance(raw, t.Raw, allowed)))
                .Where(t => t.Distance <= allowed)
                .OrderBy(t => t.Distance).ThenByDescending(t => t.Count)
                .FirstOrDefault();
            if (target.Raw is not null)
            {
                corrections[raw] = TurnLabel.Parse(target.Raw);
            }
        }

        return corrections;
    }

    /// <summary>Levenshtein distance with adjacent swaps counted once, stopping early past <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"^Q(?:\s*:\s*|\s+|(?=[—–])|$)(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex QuestionPattern();
}
