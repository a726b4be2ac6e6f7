using System.Text;
using System.Text.RegularExpressions;
using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// Writes a draft's words as the statement text: the original characters, ranges in one paragraph joined by a
/// space and paragraphs by a blank line; reported speech without a leading "that" and ending in a full stop,
/// a quotation without its quotation marks and its closing comma.
/// </summary>
internal static partial class StatementText
{
    public static string Compose(IReadOnlyList<ArticleParagraph> paragraphs, StatementDraft draft)
    {
        var builder = new StringBuilder();
        var previousParagraph = -1;
        foreach (var part in draft.Parts)
        {
            var text = paragraphs[part.Paragraph].Original[part.Start..part.End].Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(part.Paragraph == previousParagraph ? " " : "\n\n");
            }
            builder.Append(text);
            previousParagraph = part.Paragraph;
        }

        var composed = SpacesPattern().Replace(builder.ToString(), " ").Trim();
        if (draft.Kind == StatementKind.Reported)
        {
            composed = DatelinePattern().Replace(composed, string.Empty);
            if (composed.StartsWith("that ", StringComparison.Ordinal))
            {
                composed = composed[5..];
            }
        }
        composed = composed.TrimEnd(',', ';', ':', ' ', '—', '–', '-');
        if (composed.Length > 0 && !EndsSentence(composed))
        {
            composed += ".";
        }
        return composed;
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…';

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacesPattern();

    /// <summary>"BEIJING, Sept. 24 -- ", "WASHINGTON — ".</summary>
    [GeneratedRegex(@"^[A-Z][A-Z .'’-]+(, [A-Z][a-z]{2,8}\.? \d{1,2})? ?(--|—|–) ")]
    private static partial Regex DatelinePattern();
}
