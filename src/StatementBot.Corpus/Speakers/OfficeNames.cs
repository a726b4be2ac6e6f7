using StatementBot.Corpus.Attribution.Transcripts;
using StatementBot.Corpus.Speakers.Words;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Offices as keys and bare titles as speakers: "White House Press Secretary" and "Press Secretary" are one office;
/// a speaker called "Vice President" or "First Lady" is a title the document did not put a name to.
/// </summary>
internal static class OfficeNames
{
    /// <summary>The office a role names, in the form offices are compared in: folded, without a leading "the" or place ("U.S. President" = "president").</summary>
    public static string Key(string? role)
    {
        var cleaned = RoleList.Clean(role);
        if (cleaned is null)
        {
            return string.Empty;
        }
        var words = NameKey.Fold(cleaned).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && WordList.OfficePlaces.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// True when the name is only a title ("Vice President", "First Lady", "Nsc Spokesperson"): an office noun last,
    /// every word before it a word of titles or short (an abbreviation). Labels for people left unnamed ("Senior
    /// Administration Official", "White House Staff") are not titles of one person and are not counted.
    /// </summary>
    public static bool IsTitleOnly(string display)
    {
        var words = display.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':')).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0 || IsAnonymous(display))
        {
            return false;
        }
        // The last word must be an office noun: "Chief White" is a chief called White, "First Lady" an office.
        return RoleWords.IsOffice(words[^1]) && words[..^1].All(w => RoleWords.IsTitle(w) || w.Length <= 4);
    }

    /// <summary>
    /// "Senior Administration Official", "White House Staff": a label ending in a word for people the document
    /// leaves unnamed ("Chief of Staff Zients" names someone).
    /// </summary>
    public static bool IsAnonymous(string display) =>
        display.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':')).LastOrDefault(w => w.Length > 0) is { } last
        && (WordList.AnonymousWords.Contains(last) || last.StartsWith("Official", StringComparison.OrdinalIgnoreCase));
}
