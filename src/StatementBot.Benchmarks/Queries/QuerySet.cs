namespace StatementBot.Benchmarks.Queries;

/// <summary>
/// The fixed queries a benchmark runs: slash lines, one a line, <c>#</c> comments and blank lines ignored. Lines that
/// do not parse are kept as problems (reported, never thrown), so one typo does not stop a run.
/// </summary>
public sealed record QuerySet(string Source, IReadOnlyList<BenchQuery> Queries, IReadOnlyList<string> Problems)
{
    public const string Quote = "quote";
    public const string Speaker = "speaker";
    public const string Compare = "compare";
    public const string Trend = "trend";
    public const string Who = "who";
    public const string Verify = "verify";

    /// <summary>The commands the benchmark times, in report order.</summary>
    public static IReadOnlyList<string> TimedCommands { get; } = [Quote, Speaker, Compare, Trend, Who, Verify];

    public static QuerySet Read(string path, QueryLineReader reader)
    {
        try
        {
            return Parse(path, File.ReadAllLines(path), reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new QuerySet(path, [], [$"{path} could not be read: {e.Message}"]);
        }
    }

    public static QuerySet Parse(string source, IEnumerable<string> lines, QueryLineReader reader)
    {
        var queries = new List<BenchQuery>();
        var problems = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var (request, error) = reader(line);
            if (request is null)
            {
                problems.Add($"line {number}: {error ?? "not a command"}");
            }
            else if (!TimedCommands.Contains(request.Command, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"line {number}: /{request.Command} is not timed (only {Timed()} are)");
            }
            else
            {
                queries.Add(new BenchQuery(number, line, request with { Command = request.Command.ToLowerInvariant() }));
            }
        }

        return new QuerySet(source, queries, problems);
    }

    /// <summary>"/quote, /speaker, /compare and /verify".</summary>
    private static string Timed() =>
        string.Join(", ", TimedCommands.SkipLast(1).Select(c => "/" + c)) + " and /" + TimedCommands[^1];

    public IReadOnlyList<BenchQuery> Of(string command) => Queries.Where(q => q.Command == command).ToArray();

    /// <summary>The same set with every query rewritten (e.g. real speakers swapped for fictional ones).</summary>
    public QuerySet Select(string source, Func<BenchQuery, BenchQuery> rewrite) => this with { Source = source, Queries = Queries.Select(rewrite).ToArray() };
}
