namespace StatementBot.Discord.Rendering;

/// <summary>Cuts text to a length at a word boundary and marks the cut with "…", so a limit never splits a word.</summary>
public static class TextTruncation
{
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> trimmed, or cut to at most <paramref name="max"/> characters ending in "…" — at the
    /// last space when there is one in the second half, else mid-word (one very long word), never mid-surrogate.
    /// </summary>
    public static string Truncate(string? text, int max)
    {
        var trimmed = (text ?? "").Trim();
        var keep = KeepLength(trimmed, max);
        if (keep == trimmed.Length)
        {
            return trimmed;
        }

        return max < Ellipsis.Length ? "" : trimmed[..keep] + Ellipsis;
    }

    /// <summary>
    /// How many leading characters of <paramref name="text"/> (already trimmed) survive truncation to
    /// <paramref name="max"/>; the text's full length when it fits. When it is less, "…" follows the kept part.
    /// </summary>
    public static int KeepLength(string text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }

        if (max <= Ellipsis.Length)
        {
            return 0;
        }

        var limit = max - Ellipsis.Length;
        var cut = limit;
        if (char.IsLowSurrogate(text[cut]) && cut > 0)
        {
            cut--;
        }

        var space = cut;
        while (space > 0 && !char.IsWhiteSpace(text[space]))
        {
            space--;
        }

        if (space > limit / 2)
        {
            cut = space;
        }

        // Drop the spaces and dangling punctuation before the ellipsis ("word, …" reads as "word…").
        while (cut > 0 && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] is ',' or ';' or ':' or '-' or '–' or '('))
        {
            cut--;
        }

        return cut;
    }
}
