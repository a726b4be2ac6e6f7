using System.Text;

namespace StatementBot.Search.Querying;

/// <summary>
/// How a message repeats what the user typed: control characters and broken surrogate halves dropped, and cut to a
/// readable length, so a 6,000-character option or a pasted binary string comes back as a short line in any front end.
/// </summary>
public static class Echo
{
    public const int MaxLength = 100;

    public const string Ellipsis = "…";

    public static string Of(string? typed, int max = MaxLength)
    {
        if (string.IsNullOrEmpty(typed))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(typed.Length, max + 1));
        for (var i = 0; i < typed.Length && builder.Length < max + 1; i++)
        {
            var c = typed[i];
            if (char.IsHighSurrogate(c) && i + 1 < typed.Length && char.IsLowSurrogate(typed[i + 1]))
            {
                builder.Append(c).Append(typed[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                continue;
            }
            else if (char.IsControl(c))
            {
                // A line break or tab reads as a space; other control characters are not text at all.
                if (c is '\n' or '\r' or '\t' && builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return text[..Math.Max(0, cut)].TrimEnd() + Ellipsis;
    }
}
