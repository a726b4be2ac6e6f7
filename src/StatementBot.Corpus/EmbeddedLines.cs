namespace StatementBot.Corpus;

/// <summary>
/// Reads one of the project's embedded word-list files: its lines without comments (<c>#</c> to the end) and blank
/// lines. <paramref name="resource"/> ends the resource's name, folders joined by dots ("Speakers.Words.relatives.txt").
/// </summary>
internal static class EmbeddedLines
{
    public static IReadOnlyList<string> Read(string resource)
    {
        var assembly = typeof(EmbeddedLines).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + resource, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }
        return lines;
    }
}
