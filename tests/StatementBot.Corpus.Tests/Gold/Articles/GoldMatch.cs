namespace StatementBot.Corpus.Tests.Gold.Articles;

/// <summary>
/// How an extracted statement is compared with a labelled one. Texts match when they share a run of words as long
/// as half the shorter of the two (at most 8 words, at least 2) — so a quotation cut at a speech tag still matches its
/// labelled whole, and a reported clause its quoted core. Names match when equal (case and accents aside), an
/// alias, or two or more of the labelled name's words in order ("Ali Khamenei" for "Sayyid Ali Hosseini Khamenei").
/// </summary>
internal static class GoldMatch
{
    public static string[] Words(string text) =>
        GoldText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = " .,;:!?\"'()[]{}-…/".ToCharArray();

    public static bool SameText(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        var need = Math.Clamp((int)Math.Ceiling(Math.Min(a.Length, b.Length) / 2.0), 2, 8);
        need = Math.Min(need, Math.Min(a.Length, b.Length));
        return LongestRun(a, b) >= need;
    }

    public static bool Contains(string text, string fragment) => GoldText.Contains(text, fragment);

    public static int LongestRun(string[] a, string[] b)
    {
        var best = 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }
            (previous, current) = (current, previous);
            Array.Clear(current);
        }
        return best;
    }

    public static bool SameSpeaker(string extracted, IEnumerable<string> names)
    {
        var got = NameWords(extracted);
        foreach (var name in names)
        {
            var want = NameWords(name);
            if (got.SequenceEqual(want))
            {
                return true;
            }
            if (got.Length >= 2 && IsSubsequence(got, want))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] NameWords(string name) =>
        // Spelled as the speaker registry spells one person ("Zelenskyy" and "Zelensky" are one name).
        StatementBot.Corpus.Speakers.NameKey.Loose(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsSubsequence(string[] part, string[] whole)
    {
        var j = 0;
        foreach (var word in whole)
        {
            if (j < part.Length && part[j] == word)
            {
                j++;
            }
        }
        return j == part.Length;
    }
}
