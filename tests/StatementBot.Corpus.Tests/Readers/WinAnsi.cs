namespace StatementBot.Corpus.Tests.Readers;

/// <summary>
/// The characters PDF's standard fonts can show (WinAnsiEncoding: Latin-1 plus typographic quotes, dashes and a few
/// more). Text put into a generated PDF has every other character replaced, and the text it is compared with too.
/// </summary>
internal static class WinAnsi
{
    private const string Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public static bool Encodes(char c) => c is >= ' ' and <= '~' or >= '\u00A1' and <= '\u00FF' || Extras.Contains(c);

    /// <summary>The text with each character the standard fonts cannot show as '?', and every kind of space as a plain one.</summary>
    public static string Fit(string text) =>
        new(text.Select(c => char.IsWhiteSpace(c) ? ' ' : Encodes(c) ? c : '?').ToArray());
}
