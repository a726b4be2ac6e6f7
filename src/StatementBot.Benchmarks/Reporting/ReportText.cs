using System.Globalization;
using StatementBot.Benchmarks.Latency;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>Writes a report as tables a person can read in a terminal.</summary>
public static class ReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, BenchReport report)
    {
        var m = report.Machine;
        output.WriteLine($"StatementBot benchmark · {report.StartedAt:yyyy-MM-dd HH:mm} UTC · {report.Seconds:0} s");
        output.WriteLine($"Machine: {m.Cpu}, {m.Cores} cores, {m.MemoryGigabytes:0.0} GB; {m.OperatingSystem}; {m.Runtime}; {m.BuildConfiguration} build");
        output.WriteLine($"Load average (1/5/15 min): {report.LoadBefore?.ToString() ?? "n/a"} before, {report.LoadAfter?.ToString() ?? "n/a"} after");
        var byCommand = string.Join(", ", report.QueriesByCommand.Select(c => $"{c.Value} /{c.Key}"));
        output.WriteLine($"Query set: {report.QuerySet}: {report.Queries} queries ({byCommand}); " +
            $"each figure is the median of {report.Runs} runs of {report.Passes} passes; {report.Callers} callers for the concurrent rows");
        foreach (var problem in report.QueryProblems)
        {
            output.WriteLine($"  query set problem: {problem}");
        }

        if (report.Corpus is { } corpus)
        {
            output.WriteLine();
            WriteCorpus(output, corpus);
        }

        if (report.Growth.Count > 0)
        {
            output.WriteLine();
            WriteGrowth(output, report.Growth);
        }

        output.WriteLine();
        output.WriteLine(report.Http is { } http
            ? $"HTTP interactions, {Http.HttpInteractionsBench.Concurrency} concurrent ({report.HttpNote}): p50 {Ms(http.P50)}, p95 {Ms(http.P95)}, p99 {Ms(http.P99)} ms, {http.QueriesPerSecond:0} requests/s"
            : $"HTTP interactions: {report.HttpNote}");

        if (report.Updates is { } updates)
        {
            output.WriteLine();
            Updating.UpdateText.Write(output, updates);
        }

        output.WriteLine();
        WriteTargets(output, report.Targets);
    }

    private static void WriteCorpus(TextWriter output, CorpusFigures corpus)
    {
        var b = corpus.Build;
        output.WriteLine($"Corpus: {corpus.Name} — {b.SourceMegabytes:0.0} MB, {b.Documents:N0} documents, {b.Statements:N0} statements, {b.Speakers:N0} speakers");
        output.WriteLine();
        var build = new Table("Index build", "StatementBot", "SQLite FTS5", "ratio");
        var fts5 = corpus.Fts5;
        build.Add("read + attribute files", $"{b.ReadSeconds:0.0} s", "(same statements)", "");
        build.Add("write index", $"{b.IndexSeconds:0.0} s", fts5 is null ? "" : $"{fts5.BuildSeconds:0.0} s", fts5 is null ? "" : Ratio(fts5.BuildRatio));
        build.Add("total", $"{b.TotalSeconds:0.0} s", "", "");
        build.Add("source text / s", $"{b.MegabytesPerSecond:0.00} MB/s", "", "");
        build.Add("statements / s", $"{b.StatementsPerSecond:N0}", "", "");
        build.Add("peak working set", $"{b.PeakWorkingSetMegabytes:N0} MB", "", "");
        build.Add("size on disk", Mb(b.IndexMegabytes), fts5 is null ? "" : Mb(fts5.Megabytes), "");
        build.Write(output);

        output.WriteLine();
        if (corpus.Startup is { } startup)
        {
            output.WriteLine($"Start-up with the index built (process start → first answer, {startup.Seconds.Count} starts): " +
                $"median {startup.MedianSeconds:0.00} s (min {startup.MinSeconds:0.00}, max {startup.MaxSeconds:0.00}); command: {startup.Command}");
            output.WriteLine($"Resident memory of that process after answering {startup.Answered} queries: {startup.ServingMegabytes:N0} MB (peak {startup.ServingPeakMegabytes:N0} MB); " +
                $"in this benchmark, the index's managed heap: {corpus.ServingHeapMegabytes:N0} MB");
        }
        else
        {
            output.WriteLine($"Start-up: {corpus.StartupNote}");
        }

        output.WriteLine();
        var latency = new Table("Latency, warm (ms)", "queries", "p50", "p95", "p99", "max", "queries/s");
        foreach (var command in corpus.Latency)
        {
            latency.Add($"/{command.Command}, 1 caller", Count(command), Ms(command.Single.P50), Ms(command.Single.P95), Ms(command.Single.P99), Ms(command.Single.Max), Qps(command.Single));
            if (command.Concurrent.Count > 0)
            {
                latency.Add($"/{command.Command}, concurrent", "", Ms(command.Concurrent.P50), Ms(command.Concurrent.P95), Ms(command.Concurrent.P99), Ms(command.Concurrent.Max), Qps(command.Concurrent));
            }
        }

        if (fts5 is not null)
        {
            latency.Add("FTS5 /quote, 1 caller", fts5.Agreement.Queries.ToString(Invariant), Ms(fts5.Single.P50), Ms(fts5.Single.P95), Ms(fts5.Single.P99), Ms(fts5.Single.Max), Qps(fts5.Single));
            if (fts5.Concurrent.Count > 0)
            {
                latency.Add("FTS5 /quote, concurrent", "", Ms(fts5.Concurrent.P50), Ms(fts5.Concurrent.P95), Ms(fts5.Concurrent.P99), Ms(fts5.Concurrent.Max), Qps(fts5.Concurrent));
            }

            latency.Add("StatementBot ÷ FTS5", "", Ratio(fts5.P50Ratio), "", Ratio(fts5.P99Ratio), "", "");
        }

        latency.Write(output);
        foreach (var command in corpus.Latency.Where(c => c.Slowest.Count > 0))
        {
            output.WriteLine($"Slowest /{command.Command} (line: ms): " + string.Join(", ", command.Slowest.Select(q => $"{q.Line}: {Ms(q.Milliseconds)}")));
        }

        if (fts5 is not null)
        {
            var a = fts5.Agreement;
            output.WriteLine($"Same queries? both engines found something for {a.BothFound} of {a.Queries}, only StatementBot {a.OnlyStatementBot}, " +
                $"only FTS5 {a.OnlyFts5}, neither {a.NeitherFound}; FTS5 errors {a.Fts5Errors}" + (fts5.FirstError is { } e ? $" (first: {e})" : ""));
        }

        if (corpus.KnownItems is { } known)
        {
            output.WriteLine();
            WriteKnownItems(output, known);
        }
    }

    private static void WriteKnownItems(TextWriter output, KnownItems.KnownItemFigures known)
    {
        output.WriteLine($"Known-item retrieval ({known.Source}: {known.Items} items, {known.Evaluated} of them in this corpus, " +
            $"{known.Indexed} with their fragment in an indexed statement; /quote query:<the words>, first {KnownItems.KnownItemBench.Depth} hits)");
        foreach (var problem in known.Problems)
        {
            output.WriteLine($"  known-item set problem: {problem}");
        }

        var table = new Table("", "MRR@10", "success@1", "success@10");
        table.Add("StatementBot", Score(known.StatementBot.Mrr10), Percent(known.StatementBot.SuccessAt1), Percent(known.StatementBot.SuccessAt10));
        table.Add("SQLite FTS5", Score(known.Fts5.Mrr10), Percent(known.Fts5.SuccessAt1), Percent(known.Fts5.SuccessAt10));
        table.Write(output);
        var missed = known.Ranks.Where(r => r.StatementBot is null && r.Fts5 is not null).ToArray();
        var behind = known.Ranks.Count(r => r.StatementBot is { } ours && r.Fts5 is { } theirs && ours > theirs);
        var ahead = known.Ranks.Count(r => r.Fts5 is null ? r.StatementBot is not null : r.StatementBot is { } ours && ours < r.Fts5);
        output.WriteLine($"StatementBot ranks the item higher for {ahead}, lower for {behind}; not in its first {KnownItems.KnownItemBench.Depth} but in FTS5's: {missed.Length}" +
            (missed.Length > 0 ? " (line: query) " + string.Join("; ", missed.Take(5).Select(r => $"{r.Line}: {r.Query}")) : ""));
    }

    private static void WriteGrowth(TextWriter output, IReadOnlyList<CorpusFigures> growth)
    {
        output.WriteLine("Growth: synthetic corpora (fictional speakers, prose generated from the corpus's word statistics), one caller");
        var table = new Table("statements", "generate", "build", "stmts/s", "index", "peak mem", "resident", "heap", "/quote p50", "p99", "/speaker p99", "/compare p99", "FTS5 build", "FTS5 p50", "p99");
        foreach (var size in growth)
        {
            var b = size.Build;
            var quote = size.Of(Queries.QuerySet.Quote)?.Single ?? LatencyStats.Empty;
            table.Add(
                b.Statements.ToString("N0", Invariant),
                $"{size.GenerateSeconds:0.0} s",
                $"{b.IndexSeconds:0.0} s",
                b.StatementsPerSecond.ToString("N0", Invariant),
                Mb(b.IndexMegabytes),
                $"{b.PeakWorkingSetMegabytes:N0} MB",
                $"{size.ServingWorkingSetMegabytes:N0} MB",
                $"{size.ServingHeapMegabytes:N0} MB",
                Ms(quote.P50),
                Ms(quote.P99),
                Ms(size.Of(Queries.QuerySet.Speaker)?.Single.P99 ?? 0),
                Ms(size.Of(Queries.QuerySet.Compare)?.Single.P99 ?? 0),
                size.Fts5 is { } f ? $"{f.BuildSeconds:0.0} s" : "",
                size.Fts5 is { } g ? Ms(g.Single.P50) : "",
                size.Fts5 is { } h ? Ms(h.Single.P99) : "");
        }

        table.Write(output);
        output.WriteLine("(build: writing the index from statements in memory; peak mem: during generation and build; resident: this benchmark " +
            "with the index open and warm, statements released; heap: what the open index and router add to the managed heap)");
    }

    private static void WriteTargets(TextWriter output, IReadOnlyList<TargetCheck> targets)
    {
        var table = new Table("Target", "limit", "measured", "verdict");
        foreach (var target in targets)
        {
            var measured = target.Value is { } v ? $"{v.ToString(v < 10 ? "0.00" : "N0", Invariant)} {target.Unit}" : "—";
            var verdict = target.Met switch
            {
                true => "met",
                false => $"MISSED by {target.By!.Value.ToString("0.##", Invariant)} {target.Unit}",
                null => "not measured",
            };
            table.Add(target.Target, target.Limit, measured, verdict);
        }

        table.Write(output);
    }

    private static string Count(CommandLatency command) =>
        command.UserErrors == 0 ? command.Queries.ToString(Invariant) : $"{command.Queries} ({command.UserErrors} errors)";

    private static string Ms(double value) => value switch
    {
        0 => "—",
        < 10 => value.ToString("0.00", Invariant),
        < 100 => value.ToString("0.0", Invariant),
        _ => value.ToString("N0", Invariant),
    };

    private static string Score(double value) => value.ToString("0.000", Invariant);

    private static string Percent(double value) => (value * 100).ToString("0.0", Invariant) + " %";

    private static string Mb(double value) => value < 10 ? $"{value.ToString("0.0", Invariant)} MB" : $"{value.ToString("N0", Invariant)} MB";

    private static string Qps(LatencyStats stats) => stats.QueriesPerSecond.ToString("N0", Invariant);

    private static string Ratio(double value) => value > 0 ? value.ToString("0.00", Invariant) + "×" : "—";

    /// <summary>A left-aligned first column and right-aligned figures, padded to the widest cell.</summary>
    private sealed class Table(params string[] headers)
    {
        private readonly List<string[]> _rows = [];

        public void Add(params string[] cells) => _rows.Add(cells);

        public void Write(TextWriter output)
        {
            var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
            output.WriteLine(Line(headers, widths));
            output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (var row in _rows)
            {
                output.WriteLine(Line(row, widths));
            }
        }

        private static string Line(string[] cells, int[] widths) =>
            string.Join("  ", widths.Select((w, i) => i < cells.Length ? (i == 0 ? cells[i].PadRight(w) : cells[i].PadLeft(w)) : new string(' ', w))).TrimEnd();
    }
}
