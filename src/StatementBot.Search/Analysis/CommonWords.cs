namespace StatementBot.Search.Analysis;

/// <summary>
/// Everyday English words that say nothing about what a speaker talks about (the list is
/// <c>Lists/common-words.txt</c>). Search keeps them (only the short Lucene stop list is dropped there);
/// distinctive-word lists leave them out.
/// </summary>
internal static class CommonWords
{
    private static readonly IReadOnlySet<string> Words = WordList.Load("common-words.txt");

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>
    /// A word worth listing as distinctive: three letters or more, letters only (a trailing possessive 's aside),
    /// not an everyday word.
    /// </summary>
    public static bool IsContentWord(string word)
    {
        var bare = IsLettersOnly(word) ? word : word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : null;
        return bare is { Length: >= 3 } && IsLettersOnly(bare) && !Words.Contains(bare);
    }

    /// <summary>True when every character is a letter (no digits, dots, apostrophes).</summary>
    public static bool IsLettersOnly(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
