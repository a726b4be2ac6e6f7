using System.Text.RegularExpressions;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Classifies the paragraphs of a spokesperson's press conference (the Foreign Ministry's pages): <c>Q:</c> and
/// <c>A:</c>, or — on many 2020 pages — the spokesperson's name for answers (<c>Zhao Lijian:</c>) and the asking
/// outlet's name for questions (<c>AFP:</c>, <c>Beijing Youth Daily:</c>, <c>Follow-up:</c>). A note such as "The
/// following question was raised after the press conference:" opens a question too.
/// </summary>
internal static partial class PressConferenceTranscript
{
    private static readonly HashSet<string> LowercaseInOutletNames = new(StringComparer.Ordinal) { "of", "and", "the", "de", "du", "&" };

    /// <summary>True when the document is a press conference this class reads, with its spokesperson.</summary>
    public static bool Applies(SourceDocument document, SpeakerRef? spokesperson)
    {
        if (spokesperson is null)
        {
            return false;
        }

        return document.Paragraphs.Any(p => AnswerPattern().IsMatch(p))
            || document.Paragraphs.Any(p => IsSpokesperson(Label(p)?.Label, spokesperson));
    }

    public static IReadOnlyList<TranscriptLine> Classify(SourceDocument document, SpeakerRef spokesperson)
    {
        var lines = new List<TranscriptLine>(document.Paragraphs.Count);
        foreach (var paragraph in document.Paragraphs)
        {
            lines.Add(Classify(paragraph, spokesperson));
        }

        return lines;
    }

    /// <summary>How many paragraphs open with <c>Q:</c> and with <c>A:</c>.</summary>
    public static (int Questions, int Answers) CountMarkers(IEnumerable<string> paragraphs)
    {
        var questions = 0;
        var answers = 0;
        foreach (var paragraph in paragraphs)
        {
            if (QuestionPattern().IsMatch(paragraph))
            {
                questions++;
            }
            else if (AnswerPattern().IsMatch(paragraph))
            {
                answers++;
            }
        }

        return (questions, answers);
    }

    private static TranscriptLine Classify(string paragraph, SpeakerRef spokesperson)
    {
        if (TranscriptFurniture.IsFurniture(paragraph))
        {
            return new TranscriptLine(LineKind.Furniture, paragraph);
        }

        if (AnswerPattern().Match(paragraph) is { Success: true } answer)
        {
            return new TranscriptLine(LineKind.Turn, answer.Groups["text"].Value.Trim(), spokesperson);
        }

        if (QuestionPattern().Match(paragraph) is { Success: true } question)
        {
            return new TranscriptLine(LineKind.Question, question.Groups["text"].Value.Trim());
        }

        if (LateQuestionNote().Match(paragraph) is { Success: true } note)
        {
            return new TranscriptLine(LineKind.Question, note.Groups["text"].Value.Trim());
        }

        if (Label(paragraph) is var (label, text))
        {
            if (IsSpokesperson(label, spokesperson))
            {
                return new TranscriptLine(LineKind.Turn, text, spokesperson);
            }

            if (IsAsker(label))
            {
                return new TranscriptLine(LineKind.Question, text);
            }
        }

        return new TranscriptLine(LineKind.Text, paragraph);
    }

    private static (string Label, string Text)? Label(string paragraph)
    {
        var match = LabelPattern().Match(paragraph);
        return match.Success ? (match.Groups["label"].Value.Trim(), match.Groups["text"].Value.Trim()) : null;
    }

    private static bool IsSpokesperson(string? label, SpeakerRef spokesperson) =>
        label is not null && string.Equals(Fold(label), Fold(spokesperson.Name), StringComparison.OrdinalIgnoreCase);

    /// <summary>"AFP", "Beijing Youth Daily", "The Paper", "Follow-up", "Journalist clarifies": whoever asks.</summary>
    private static bool IsAsker(string label)
    {
        if (label.Contains("journalist", StringComparison.OrdinalIgnoreCase) || label.Contains("reporter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 7
            && char.IsUpper(words[0][0])
            && words.All(w => char.IsUpper(w[0]) || LowercaseInOutletNames.Contains(w));
    }

    private static string Fold(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^A\s*[:：]\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex AnswerPattern();

    [GeneratedRegex(@"^Q\s*[:：]\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex QuestionPattern();

    [GeneratedRegex(@"^(?<label>[^:：.,?!""“]{1,50})[:：]\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?:(?:after the (?:regular )?press conference,?\s+)?the following questions?|this question|questions?)\s+(?:(?:was|were|is|are)\s+)?(?:raised|posed|asked)\b[^:.]*[:.]?\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LateQuestionNote();
}
