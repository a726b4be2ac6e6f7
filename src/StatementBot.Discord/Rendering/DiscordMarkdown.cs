using System.Text;
using StatementBot.Search.Results;

namespace StatementBot.Discord.Rendering;

/// <summary>
/// Escapes text so Discord shows it literally: corpus statements and what users type contain asterisks, underscores,
/// "#" at line starts, brackets and angle brackets that would otherwise turn into formatting, masked links, spoilers
/// or mentions (<c>&lt;@123&gt;</c>, <c>&lt;@&amp;123&gt;</c>, <c>&lt;#123&gt;</c>). <c>@everyone</c> and <c>@here</c> are
/// mentions without any markup, so they get an invisible zero-width space after the @ (as discord.py's
/// <c>escape_mentions</c> does): they read the same and are no mention. <c>allowed_mentions</c> stops the ping either way.
/// </summary>
public static class DiscordMarkdown
{
    /// <summary>Breaks a mention without changing how the text reads.</summary>
    public const char ZeroWidthSpace = '\u200B';

    private static readonly string[] BareMentions = ["everyone", "here"];

    /// <summary>Characters that format anywhere in a line.</summary>
    private const string Inline = "\\*_~`|[]<";

    /// <summary>Characters that format only at the start of a line (headings, quotes, lists).</summary>
    private const string LineStart = "#>-+";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, read as if it began a line (as <see cref="Escape"/> reads it).</summary>
    private static StringBuilder AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Inline.Contains(c) || (atLineStart && LineStart.Contains(c)))
            {
                builder.Append('\\');
            }
            else if (c == '@' && IsBareMention(text, i + 1))
            {
                builder.Append(c).Append(ZeroWidthSpace);
                atLineStart = false;
                continue;
            }
            else if (atLineStart && char.IsAsciiDigit(c) && NumberedListMarker(text, i))
            {
                // "1. " at a line start would become a numbered list: escape its dot.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                builder.Append(text[i..end]).Append("\\.");
                i = end;
                atLineStart = false;
                continue;
            }

            builder.Append(c);
            atLineStart = c == '\n' || (atLineStart && c is ' ' or '\t');
        }

        return builder;
    }

    /// <summary>The text with each highlighted range in bold and everything else escaped.</summary>
    /// <param name="highlights">Ranges into <paramref name="text"/>; overlapping, unsorted or out-of-range ones are tolerated.</param>
    public static string Bold(string text, IEnumerable<(int Start, int Length)> highlights) =>
        Marked(text, highlights.Select(h => (h.Start, h.Length, SpanKind.Match)));

    /// <summary>
    /// The text with matched and added words in bold, dropped words struck through (a /verify difference:
    /// ~~said~~ **claimed**), and everything else escaped.
    /// </summary>
    /// <param name="spans">Ranges into <paramref name="text"/>; overlapping, unsorted or out-of-range ones are tolerated.</param>
    public static string Marked(string text, IEnumerable<(int Start, int Length, SpanKind Kind)> spans)
    {
        // One mark a character: 0 for none, else the kind plus one (a pooled array; replies render many excerpts).
        var marks = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            Array.Clear(marks, 0, text.Length);
            foreach (var (start, length, kind) in spans)
            {
                for (var i = Math.Max(0, start); i < Math.Min(text.Length, start + Math.Max(0, length)); i++)
                {
                    marks[i] = (byte)((int)kind + 1);
                }
            }

            var builder = new StringBuilder(text.Length + 32);
            var pos = 0;
            while (pos < text.Length)
            {
                var end = pos;
                while (end < text.Length && marks[end] == marks[pos])
                {
                    end++;
                }

                var segment = text.AsSpan(pos, end - pos);
                var words = segment.Trim();
                if (marks[pos] != 0 && words.Length > 0)
                {
                    // Markers must hug the words: "** word**" does not render as bold.
                    var marker = (SpanKind)(marks[pos] - 1) == SpanKind.Dropped ? "~~" : "**";
                    var lead = segment.Length - segment.TrimStart().Length;
                    var trail = segment.Length - segment.TrimEnd().Length;
                    builder.Append(segment[..lead]).Append(marker);
                    AppendEscaped(builder, words).Append(marker).Append(segment[(segment.Length - trail)..]);
                }
                else
                {
                    AppendEscaped(builder, segment);
                }

                pos = end;
            }

            return builder.ToString();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(marks);
        }
    }

    private static bool IsBareMention(ReadOnlySpan<char> text, int start)
    {
        foreach (var name in BareMentions)
        {
            if (start + name.Length <= text.Length && text.Slice(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NumberedListMarker(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end + 1 < text.Length && text[end] == '.' && text[end + 1] == ' ';
    }
}
