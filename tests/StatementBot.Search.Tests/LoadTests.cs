using System.Diagnostics;
using System.Runtime.CompilerServices;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Search.Tests;

/// <summary>
/// The performance targets over a corpus the size of ../shared/corpora: build ≤ 60 s, start-up ≤ 1.5 s,
/// /quote p50 ≤ 2 ms and p99 ≤ 20 ms with snippets, /speaker and /compare p99 ≤ 50 ms.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    [LoadFact]
    public void WholeCorpusSize_MeetsTheTargets()
    {
        using var folder = new TempFolder();
        var buildTime = BuildIndex(folder.Path);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBeforeOpen = GC.GetTotalMemory(true);

        var clock = Stopwatch.StartNew();
        using var index = StatementIndex.Open(folder.Path);
        var searcher = new StatementSearcher(index);
        var first = searcher.Quote(new QuoteQuery("inflation"));
        var startup = clock.Elapsed;
        output.WriteLine($"start-up (open + first query): {startup.TotalMilliseconds:F0} ms, first query total {first.Value!.Total:N0}");

        var random = new Random(7);
        var words = new[] { "inflation", "ukraine", "taiwan", "vaccine", "climate", "border", "sanctions", "trade", "infrastructure", "police", "covid", "china", "president", "tariffs", "immigration", "hong kong", "jobs", "oil", "military", "democracy", "gas prices", "semiconductors", "supply chain", "election", "hurricane", "interest rates", "nuclear", "refugees", "cooperation", "sovereignty" };
        var speakers = index.Speakers.Speakers.Select(s => s.Name).ToArray();
        string Words() => string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Length)]));
        (string Kind, QuoteQuery Query) NextQuote() => random.Next(6) switch
        {
            0 => ("phrase", new QuoteQuery($"\"{words[random.Next(words.Length)]}\" {words[random.Next(words.Length)]}")),
            1 => ("speaker", new QuoteQuery(Words(), Speaker: speakers[random.Next(40)])),
            2 => ("dates+newest", new QuoteQuery(Words(), From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31), Sort: SortOrder.Newest)),
            3 => ("wildcard", new QuoteQuery(words[random.Next(words.Length)][..3] + "*")),
            4 => ("page 3", new QuoteQuery(Words(), Page: 3)),
            _ => ("words", new QuoteQuery(Words())),
        };

        for (var i = 0; i < 300; i++)
        {
            searcher.Quote(NextQuote().Query);
        }

        var byKind = new Dictionary<string, List<double>>();
        var quote = Measure(2_000, () =>
        {
            var (kind, query) = NextQuote();
            var start = Stopwatch.GetTimestamp();
            Assert.Null(searcher.Quote(query).Error);
            (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        });
        var speaker = Measure(300, () => Assert.Null(searcher.Speaker(speakers[random.Next(speakers.Length)], random.Next(2) == 0 ? null : Words()).Error));
        var compare = Measure(300, () => Assert.Null(searcher.Compare(speakers[random.Next(20)], speakers[20 + random.Next(20)], random.Next(4) == 0 ? null : Words()).Error));
        foreach (var (kind, times) in byKind.OrderBy(k => k.Key))
        {
            times.Sort();
            output.WriteLine($"  /quote {kind,-13} n={times.Count,4} p50 {times[times.Count / 2]:F2} ms  p99 {times[(int)(times.Count * 0.99)]:F2} ms  max {times[^1]:F2} ms");
        }
        GC.Collect();
        var resident = Process.GetCurrentProcess().WorkingSet64;
        output.WriteLine($"/quote   p50 {quote.P50:F2} ms  p99 {quote.P99:F2} ms");
        output.WriteLine($"/speaker p50 {speaker.P50:F2} ms  p99 {speaker.P99:F2} ms");
        output.WriteLine($"/compare p50 {compare.P50:F2} ms  p99 {compare.P99:F2} ms");
        output.WriteLine($"resident set of the test process after queries: {resident / 1e6:F0} MB; managed heap {heapBeforeOpen / 1e6:F0} MB before opening the index, {GC.GetTotalMemory(true) / 1e6:F0} MB after the queries");

        Assert.InRange(buildTime.TotalSeconds, 0, 60);
        Assert.InRange(startup.TotalMilliseconds, 0, 1_500);
        Assert.InRange(quote.P50, 0, 2);
        Assert.InRange(quote.P99, 0, 20);
        Assert.InRange(speaker.P99, 0, 50);
        Assert.InRange(compare.P99, 0, 50);
    }

    /// <summary>Reads and indexes the corpus; separate so nothing of the loaded corpus outlives it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TimeSpan BuildIndex(string root)
    {
        var clock = Stopwatch.StartNew();
        var load = SyntheticCorpus.Build(SharedData.Corpora);
        output.WriteLine($"synthetic corpus: {load.Documents.Count:N0} documents, {load.StatementCount:N0} statements, {load.SourceBytes / 1e6:F0} M chars, read in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var build = new IndexBuilder(root).Build(load, CorpusSnapshot.Take([SharedData.Corpora]));
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var size = new DirectoryInfo(build.Generation).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        output.WriteLine($"build: {elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of CPU), {build.Manifest.Statements:N0} statements, index {size / 1e6:F0} MB; load average {LoadAverage()}");
        return elapsed;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static (double P50, double P99) Measure(int count, Action action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[count / 2], times[(int)(count * 0.99)]);
    }
}
