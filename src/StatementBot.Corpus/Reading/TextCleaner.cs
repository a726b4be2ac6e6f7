using System.Text;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Folds the whitespace zoo of scraped pages (non-breaking, thin, em and figure spaces; line breaks inside a
/// paragraph) into single spaces and drops invisible characters (zero-width spaces, word joiners, soft hyphens,
/// byte-order marks), so that text compares, indexes and displays like typed prose.
/// </summary>
internal static class TextCleaner
{
    public static string Clean(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string Clean(string? text) => text is null ? string.Empty : Clean(text.AsSpan());

    /// <summary>True for a line that shows nothing: empty, or only spaces of any kind (a line of NBSPs is blank).</summary>
    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && !IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
