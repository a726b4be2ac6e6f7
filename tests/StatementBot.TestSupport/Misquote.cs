using System.Text.RegularExpressions;

namespace StatementBot.TestSupport;

/// <summary>
/// Quotes cut from real statements at test time, and the same quotes misremembered: words swapped for words another
/// statement of the corpus uses, and words left out. No word is made up: every replacement is a corpus word.
/// </summary>
public static partial class Misquote
{
    /// <summary><paramref name="count"/> words of <paramref name="text"/> from word <paramref name="skip"/>, as written.</summary>
    public static string[] Words(string text, int skip, int count) =>
        Word().Matches(text).Select(m => m.Value).Skip(skip).Take(count).ToArray();

    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int Count(string text) => Word().Matches(text).Count;

    /// <summary>
    /// The quote with the words at <paramref name="changed"/> replaced by words of <paramref name="donor"/> (another
    /// statement's text) that the quote does not use, and the words at <paramref name="dropped"/> left out.
    /// </summary>
    public static string Edit(string[] quote, string donor, int[] changed, int[] dropped)
    {
        var used = quote.Select(Plain).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var replacements = new Queue<string>(Word().Matches(donor).Select(m => Plain(m.Value))
            .Where(w => w.Length > 3 && w.All(char.IsLetter) && used.Add(w)));
        var words = quote.Select((w, i) => changed.Contains(i) ? replacements.Dequeue() : w).Where((_, i) => !dropped.Contains(i));
        return string.Join(' ', words);
    }

    /// <summary>The words the acceptance case changes (two) and drops (one) in a quote of 20.</summary>
    public static readonly int[] Changed = [4, 13], Dropped = [9];

    /// <summary>The word without the punctuation around it.</summary>
    public static string Plain(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '(', ')', '\'', '’');

    /// <summary>The text with whitespace runs as single spaces.</summary>
    public static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
