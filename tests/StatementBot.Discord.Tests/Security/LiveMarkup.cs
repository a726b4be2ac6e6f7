namespace StatementBot.Discord.Tests.Security;

/// <summary>
/// What Discord would turn into formatting, a link, a spoiler or a mention in a piece of message text, read the way its
/// markdown reads it: a backslash makes the next character literal, and a zero-width space after @ breaks
/// <c>@everyone</c> and <c>@here</c>. <c>boldAllowed</c> lets the bot's own <c>**highlights**</c> through; <c>lineMarkers</c> is off
/// for embed titles, where Discord renders no headings, quotes or lists (the bot numbers its hits there).
/// </summary>
public static class LiveMarkup
{
    private static readonly string[] BareMentions = ["@everyone", "@here"];

    public static IReadOnlyList<string> Find(string text, bool boldAllowed = false, bool lineMarkers = true)
    {
        // The characters Discord reads as markup, with backslash-escaped ones blanked out.
        var raw = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                raw[i] = raw[i + 1] = ' ';
                i++;
            }
            else
            {
                raw[i] = text[i];
            }
        }

        var live = new string(raw);
        var found = new List<string>();
        found.AddRange(BareMentions.Where(m => live.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"a live {m}"));
        foreach (var opener in new[] { "<@", "<#", "<:", "<a:", "<t:", "</" })
        {
            if (live.Contains(opener, StringComparison.Ordinal))
            {
                found.Add($"a live mention or tag opened by {opener}");
            }
        }

        foreach (var marker in new[] { "||", "~~", "`", "__" })
        {
            if (live.Contains(marker, StringComparison.Ordinal))
            {
                found.Add($"live {marker}");
            }
        }

        var open = live.IndexOf('[');
        if (open >= 0 && live.IndexOf("](", open, StringComparison.Ordinal) > open)
        {
            found.Add("a live masked link");
        }

        var stars = boldAllowed ? live.Replace("**", "", StringComparison.Ordinal) : live;
        if (stars.Contains('*') || stars.Contains('_'))
        {
            found.Add("a live * or _");
        }

        foreach (var line in lineMarkers ? live.Split('\n') : [])
        {
            var start = line.TrimStart();
            if (start.Length > 0 && (start[0] is '#' or '>' || start.StartsWith("- ", StringComparison.Ordinal) || start.StartsWith("-#", StringComparison.Ordinal) ||
                (start.Length > 2 && char.IsAsciiDigit(start[0]) && start.SkipWhile(char.IsAsciiDigit).Take(2).SequenceEqual(". "))))
            {
                found.Add($"a live line marker: {start[..Math.Min(12, start.Length)]}");
            }
        }

        return found;
    }
}
