using StatementBot.Benchmarks.Latency;
using StatementBot.Benchmarks.Reporting;
using StatementBot.Search.Opening;
using StatementBot.Search.Schema;
using StatementBot.Search.Watching;

namespace StatementBot.Benchmarks.Alerting;

/// <summary>
/// How long matching one new statement against 10,000 watches takes (what /watch costs per statement a refresh brings):
/// the watches are made from the corpus's own words and speakers (one or two words, a tenth of them phrases, a third
/// with a speaker), compiled once; each of a sample of the index's statements is then matched as if it were new.
/// </summary>
public static class AlertMatchingBench
{
    public const string Row = "watch: alert matching, 10,000 subscriptions (per new statement)";

    public const int Watches = 10_000;

    private const int Statements = 500;

    public static CommandLatency Measure(StatementIndex index, LatencyRunner runner, int seed)
    {
        var sample = Sample(index, seed);
        var matcher = new WatchMatcher(index);
        matcher.Set(Generate(sample, seed));
        LatencyRunner.WarmUp(sample, s => matcher.Match(s));
        var single = runner.Measure(sample, s => matcher.Match(s));
        var found = sample.Count(s => matcher.Match(s).Matches.Count > 0);
        return new CommandLatency(Row, sample.Count, 0, found, single, LatencyStats.Empty, []);
    }

    private static List<StoredStatement> Sample(StatementIndex index, int seed)
    {
        var random = new Random(seed);
        var ids = StatementIds.Read(index).Order(StringComparer.Ordinal).ToArray();
        var chosen = ids.OrderBy(_ => random.Next()).Take(Statements).ToArray();
        using var lease = index.Acquire();
        return chosen
            .Select(id => lease.Searcher.Search(IndexSchema.Id.Match(id), 1))
            .Where(top => top.TotalHits > 0)
            .Select(top => StoredStatement.From(lease.Searcher.Doc(top.ScoreDocs[0].Doc)))
            .ToList();
    }

    /// <summary>Watches drawn from the sample's words (five letters or more) and speakers.</summary>
    private static List<WatchQuery> Generate(IReadOnlyList<StoredStatement> sample, int seed)
    {
        var random = new Random(seed + 1);
        var words = sample.SelectMany(s => s.Hit.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length >= 5)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var speakers = sample.Select(s => s.Hit.Speaker).Distinct().Order(StringComparer.Ordinal).ToArray();
        string Word() => words[random.Next(words.Length)];
        return Enumerable.Range(1, Watches).Select(id => new WatchQuery(
            id,
            random.Next(10) switch { 0 => $"\"{Word()} {Word()}\"", < 5 => Word(), _ => Word() + " " + Word() },
            random.Next(3) == 0 ? speakers[random.Next(speakers.Length)] : null)).ToList();
    }
}
