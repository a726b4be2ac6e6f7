namespace StatementBot.Corpus.Reading;

/// <summary>
/// How deeply a page's HTML tags nest, estimated from the text in one pass before any parser sees it. The HTML parser
/// spends time growing with the depth for every element past a few hundred open ones (a 500 kB page of 100,000 nested
/// <c>&lt;div&gt;</c>s took half a minute), so a file nested beyond <see cref="Limit"/> is skipped instead of parsed.
/// Elements that never hold others (<c>&lt;br&gt;</c>, <c>&lt;img&gt;</c>) and those a page often leaves open because the
/// next one closes them (<c>&lt;p&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;td&gt;</c>) do not count, nor do comments, scripts and
/// styles; the pages of the shared corpora nest at most a few dozen deep.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Open elements at once beyond which a file is not parsed.</summary>
    public const int Limit = 1_000;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements: they hold nothing.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // Closed by the next sibling when the page leaves them open.
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp",
    };

    /// <summary>Text elements whose content is not markup: the scan skips to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedByName = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextByName = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The largest number of counted elements open at once (stops counting at <paramref name="cap"/>).</summary>
    public static int Of(ReadOnlySpan<char> text, int cap = int.MaxValue)
    {
        var depth = 0;
        var deepest = 0;
        var at = 0;
        while (deepest < cap)
        {
            var open = text[at..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            at += open + 1;
            var rest = text[at..];
            if (rest.StartsWith("!--"))
            {
                at = Skip(text, at, "-->");
                continue;
            }

            var closing = rest.StartsWith("/");
            var name = NameAt(closing ? rest[1..] : rest);
            if (name.IsEmpty)
            {
                continue;
            }

            var end = rest.IndexOf('>');
            if (end < 0)
            {
                break;
            }

            var selfClosing = end > 0 && rest[end - 1] == '/';
            at += end + 1;
            if (selfClosing || NotCountedByName.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (RawTextByName.Contains(name))
            {
                at = Skip(text, at, "</" + name.ToString());
                continue;
            }

            depth++;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    /// <summary>The tag name at the start of <paramref name="text"/> (a letter, then letters, digits or '-'), or empty.</summary>
    private static ReadOnlySpan<char> NameAt(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return [];
        }

        var length = 1;
        while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] == '-'))
        {
            length++;
        }

        return text[..length];
    }

    /// <summary>The position just past the next <paramref name="marker"/> (case aside) from <paramref name="at"/>, or the end.</summary>
    private static int Skip(ReadOnlySpan<char> text, int at, string marker)
    {
        var found = text[at..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? text.Length : at + found + marker.Length;
    }
}
