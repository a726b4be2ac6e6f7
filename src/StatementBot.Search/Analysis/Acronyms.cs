using System.Collections.Frozen;
using StatementBot.Search.Analysis.Data;

namespace StatementBot.Search.Analysis;

/// <summary>
/// How a written token reads as an acronym: "US", "U.S." and "US's" are the acronym US; "us" is not. Dotted capitals
/// are folded (U.S. → US), spelling variants applied (COVID19 → COVID), and the words of Data/acronym-spellings.txt
/// ("Covid", "Nato") count however they are cased. The index's acronym field and the query side both use this.
/// </summary>
internal static class Acronyms
{
    private static readonly FrozenSet<string> Spellings = DataFile.Lines("acronym-spellings.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpellingLookup =
        Spellings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The acronym a token is, in capitals, or null. <paramref name="always"/> is true for the listed spellings, which
    /// are the acronym in any text; other capitals are an acronym only where the text around them is not in capitals.
    /// </summary>
    public static string? Form(ReadOnlySpan<char> surface, out bool always)
    {
        always = false;
        var word = WithoutPossessive(surface);
        var letters = 0;
        var hasLower = false;
        var hasUpper = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                hasLower |= char.IsLower(c);
                hasUpper |= char.IsUpper(c);
            }
        }

        if (!hasUpper)
        {
            // Lowercase text: only a listed spelling ("covid") is the acronym.
            if (SpellingLookup.Contains(word))
            {
                always = true;
                return new string(word).ToUpperInvariant();
            }
            return null;
        }

        var lower = SpellingVariants.Canonical(FoldDots(word).ToLowerInvariant());
        if (Spellings.Contains(lower))
        {
            always = true;
            return lower.ToUpperInvariant();
        }

        return letters >= 2 && !hasLower ? lower.ToUpperInvariant() : null;
    }

    /// <summary>The acronym a typed or written word is when it is in capitals ("U.S.", "WHO"), else null.</summary>
    public static string? Typed(ReadOnlySpan<char> surface) => IsCapitals(surface) ? Form(surface, out _) : null;

    /// <summary>Whether a word has letters and every one of them is a capital.</summary>
    public static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in WithoutPossessive(word))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>Capitals separated by dots ("U.S", "U.S.", "E.U") lose the dots; anything else is returned as is.</summary>
    public static string FoldDots(ReadOnlySpan<char> token)
    {
        if (!IsDotted(token))
        {
            return new string(token);
        }

        Span<char> letters = stackalloc char[token.Length];
        var count = 0;
        foreach (var c in token)
        {
            if (c != '.')
            {
                letters[count++] = c;
            }
        }
        return new string(letters[..count]);
    }

    /// <summary>"U.S", "U.S.", "U.N", "U.S.A": single capitals, each followed by a dot but perhaps the last.</summary>
    public static bool IsDotted(ReadOnlySpan<char> token)
    {
        if (token.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var isLetterSlot = i % 2 == 0;
            if (isLetterSlot ? !char.IsUpper(token[i]) : token[i] != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' ? word[..^2] : word;
}
