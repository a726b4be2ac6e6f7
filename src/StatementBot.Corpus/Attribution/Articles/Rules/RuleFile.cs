namespace StatementBot.Corpus.Attribution.Articles.Rules;

/// <summary>Reads one embedded rule file: its lines without comments (<c>#</c> to the end) and blank lines.</summary>
internal static class RuleFile
{
    public static IReadOnlyList<string> Lines(string file)
    {
        var assembly = typeof(RuleFile).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Articles.Rules." + file, StringComparison.Ordinal));
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
