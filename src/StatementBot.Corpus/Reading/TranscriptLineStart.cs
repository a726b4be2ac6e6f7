using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Lines that open a new paragraph in a transcript even when the page forgot the blank line before them: a
/// speaker's turn in capitals (<c>THE PRESIDENT:</c>, <c>MS. JEAN-PIERRE:</c>) or a reporter's question (<c>Q</c>
/// followed by a colon, a non-breaking space or two spaces — a single space could be "Q Street" wrapped onto a new
/// line). Pages sometimes glue "2:07 P.M. EDT" and the first turn into one paragraph.
/// </summary>
internal static partial class TranscriptLineStart
{
    public static bool IsMatch(ReadOnlySpan<char> line) => TurnOrQuestion().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:Q(?:\s*:|\u00A0|\s\s|\s*$)|\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,6}:(?:\s|$))")]
    private static partial Regex TurnOrQuestion();
}
