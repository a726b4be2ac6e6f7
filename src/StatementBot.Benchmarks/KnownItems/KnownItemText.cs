namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// Compares a hit with a known item on text, not on ids: the hit's file must be the item's file and its text must
/// hold the item's fragment, whitespace, case and curly or straight quotes aside.
/// </summary>
public static class KnownItemText
{
    public static bool IsRelevant(KnownItem item, string hitPath, string hitText) =>
        IsSameFile(item.Path, hitPath) && Normalize(hitText).Contains(Normalize(item.Fragment), StringComparison.Ordinal);

    /// <summary>True when <paramref name="path"/> (absolute or relative) names the corpus-relative <paramref name="relative"/>.</summary>
    public static bool IsSameFile(string relative, string path)
    {
        var full = path.Replace('\\', '/');
        var tail = relative.Replace('\\', '/').TrimStart('/');
        return full.Length == tail.Length
            ? string.Equals(full, tail, StringComparison.Ordinal)
            : full.EndsWith("/" + tail, StringComparison.Ordinal);
    }

    /// <summary>Lower case, one space for any run of white space, straight quotes and apostrophes.</summary>
    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
