using Lucene.Net.Analysis.Core;

namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// The words known-item queries are made of: whitespace-separated words, surrounding punctuation removed, kept only
/// when what is left is three or more ASCII letters and not an English stop word. Words with digits, hyphens or
/// apostrophes are left out, so both engines' tokenizers read every query word the same way.
/// </summary>
public static class KnownItemWords
{
    public static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The word as a query word (lower case), or null when it cannot be one.</summary>
    public static string? QueryWord(string raw)
    {
        var word = raw.AsSpan().Trim(".,;:!?\"'“”‘’()[]…—–-*".AsSpan());
        if (word.Length < 3)
        {
            return null;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }

        var lower = word.ToString().ToLowerInvariant();
        return StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(lower) ? null : lower;
    }

    /// <summary>The word begins with a capital letter (after any opening punctuation).</summary>
    public static bool IsCapitalized(string raw)
    {
        foreach (var c in raw)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    /// <summary>The word ends a sentence, so the next one's capital says nothing about it being a name.</summary>
    public static bool EndsSentence(string raw) => raw.TrimEnd('"', '\'', '”', '’', ')').EndsWith('.') || raw.EndsWith('?') || raw.EndsWith('!') || raw.EndsWith(':');
}
