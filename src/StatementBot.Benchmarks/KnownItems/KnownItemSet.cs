namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// A known-item set as a tab-separated file: <c>path</c>, <c>fragment</c>, <c>query</c> a line; <c>#</c> comments and
/// blank lines are ignored. A line that does not have the three fields is a problem (reported, never thrown).
/// </summary>
public sealed record KnownItemSet(string Source, IReadOnlyList<KnownItem> Items, IReadOnlyList<string> Problems)
{
    public const string DefaultPath = "bench/known-items.tsv";

    public static KnownItemSet Read(string path)
    {
        try
        {
            return Parse(path, File.ReadAllLines(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new KnownItemSet(path, [], [$"{path} could not be read: {e.Message}"]);
        }
    }

    public static KnownItemSet Parse(string source, IEnumerable<string> lines)
    {
        var items = new List<KnownItem>();
        var problems = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(f => f.Trim().Length == 0))
            {
                problems.Add($"line {number}: expected path, fragment and query separated by tabs");
                continue;
            }

            items.Add(new KnownItem(number, fields[0].Trim(), fields[1].Trim(), fields[2].Trim()));
        }

        return new KnownItemSet(source, items, problems);
    }

    /// <summary>Writes the items after the comment lines given (each gets its "# ").</summary>
    public static void Write(string path, IEnumerable<string> comments, IEnumerable<KnownItem> items)
    {
        var lines = comments.Select(c => "# " + c)
            .Append("# path\tfragment\tquery")
            .Concat(items.Select(i => $"{i.Path}\t{i.Fragment}\t{i.Query}"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, lines);
    }
}
