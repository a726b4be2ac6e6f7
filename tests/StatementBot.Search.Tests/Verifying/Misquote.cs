using System.Text.RegularExpressions;
using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Tests.Verifying;

/// <summary>
/// Quotes cut from real statements at test time, and the same quotes misremembered: words swapped for words another
/// statement of the corpus uses, and words left out. No word is made up: every replacement is a corpus word.
/// </summary>
internal static partial class Misquote
{
    /// <summary><paramref name="count"/> words of the statement's text from word <paramref name="skip"/>, as written.</summary>
    public static string[] Words(Statement statement, int skip, int count) =>
        Word().Matches(statement.Text).Select(m => m.Value).Skip(skip).Take(count).ToArray();

    /// <summary>
    /// The quote with the words at <paramref name="changed"/> replaced by words of <paramref name="donor"/> that the
    /// quote does not use, and the words at <paramref name="dropped"/> left out.
    /// </summary>
    public static string Edit(string[] quote, Statement donor, int[] changed, int[] dropped)
    {
        var used = quote.Select(Plain).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var replacements = new Queue<string>(Word().Matches(donor.Text).Select(m => Plain(m.Value))
            .Where(w => w.Length > 3 && w.All(char.IsLetter) && used.Add(w)));
        var words = quote.Select((w, i) => changed.Contains(i) ? replacements.Dequeue() : w).Where((_, i) => !dropped.Contains(i));
        return string.Join(' ', words);
    }

    /// <summary>The word without the punctuation around it.</summary>
    public static string Plain(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '(', ')', '\'', '’');

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
