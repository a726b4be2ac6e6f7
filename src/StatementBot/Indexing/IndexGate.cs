using System.Diagnostics;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;

namespace StatementBot.Indexing;

/// <summary>
/// Opens the index for the given corpus folders, building it first (with progress and a summary) when it is
/// missing, stale, or was built from other folders.
/// </summary>
public sealed class IndexGate : IDisposable
{
    private const int SkippedListed = 10;

    private readonly StatementIndex? _index;

    private IndexGate(StatementIndex? index, string? error)
    {
        _index = index;
        Searcher = index is null ? null : new StatementSearcher(index);
        SpeakerDirectory = index is null ? null : new SpeakerDirectory(index);
        Error = error;
    }

    public StatementSearcher? Searcher { get; }

    /// <summary>The speaker directory (/speakers) over the same index; null when it could not be opened.</summary>
    public SpeakerDirectory? SpeakerDirectory { get; }

    /// <summary>Why the index could not be opened, in one line; null when it is open.</summary>
    public string? Error { get; }

    /// <param name="alwaysReport">Say that the index is up to date when nothing had to be built (the index verb).</param>
    public static IndexGate OpenOrBuild(IndexSettings settings, bool rebuild, TextWriter status, bool alwaysReport = false)
    {
        var state = IndexFreshness.Check(settings.IndexDirectory, settings.CorpusRoots);
        if (rebuild || state is not IndexStatus.Fresh)
        {
            var reason = rebuild ? "rebuild requested" : state switch
            {
                IndexStatus.Missing missing => missing.Reason,
                IndexStatus.Stale stale => stale.Reason,
                _ => "",
            };
            reason = reason.Replace(settings.IndexDirectory, Describe([settings.IndexDirectory]), StringComparison.Ordinal);
            status.WriteLine($"Building the index from {Describe(settings.CorpusRoots)} ({reason})…");
            if (Build(settings, status) is { } failure)
            {
                return new IndexGate(null, failure);
            }
        }
        else if (alwaysReport && state is IndexStatus.Fresh fresh)
        {
            var m = fresh.Manifest;
            var duplicates = m.Duplicates.Count > 0 ? $", {DuplicatesSkipped(m.Duplicates.Count)}" : "";
            status.WriteLine($"The index is up to date: {m.Documents:N0} documents, {m.Statements:N0} statements, {m.Speakers:N0} speakers (built {m.BuiltAt.ToLocalTime():yyyy-MM-dd HH:mm}{duplicates}).");
        }

        try
        {
            return new IndexGate(StatementIndex.Open(settings.IndexDirectory), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new IndexGate(null, $"The index in {settings.IndexDirectory} could not be opened ({e.Message}). Run `index --rebuild`.");
        }
    }

    private static string? Build(IndexSettings settings, TextWriter status)
    {
        var clock = Stopwatch.StartNew();
        using var progress = new ProgressLine(status);
        try
        {
            var snapshot = CorpusSnapshot.Take(settings.CorpusRoots);
            var load = new CorpusLoader().Load(
                settings.CorpusRoots,
                new SyncProgress<CorpusProgress>(p => progress.Show($"Reading files: {p.FilesDone:N0}/{p.FilesTotal:N0}")));
            if (load.StatementCount == 0)
            {
                progress.Done();
                ReportSkipped(status, load);
                return $"No statements found in {Describe(settings.CorpusRoots)} ({load.Documents.Count} documents read, {load.Skipped.Count} skipped).";
            }

            var result = new IndexBuilder(settings.IndexDirectory).Build(
                load,
                snapshot,
                new SyncProgress<IndexProgress>(p => progress.Show($"Indexing statements: {p.StatementsDone:N0}/{p.StatementsTotal:N0}")));
            progress.Done();
            var m = result.Manifest;
            var size = load.SourceBytes >= 1_000_000 ? $"{load.SourceBytes / 1_000_000.0:N1} MB" : $"{load.SourceBytes / 1_000.0:N1} kB";
            status.WriteLine(
                $"Indexed {m.Documents:N0} documents, {m.Statements:N0} statements, {m.Speakers:N0} speakers " +
                $"({size}) in {clock.Elapsed.TotalSeconds:N1} s; {load.Skipped.Count:N0} files skipped" +
                (load.Duplicates.Count > 0 ? $", {DuplicatesSkipped(load.Duplicates.Count)}." : "."));
            ReportSkipped(status, load);
            ReportDuplicates(status, load);
            return null;
        }
        catch (IOException e)
        {
            progress.Done();
            return $"Could not build the index in {settings.IndexDirectory}: {e.Message}";
        }
        catch (UnauthorizedAccessException e)
        {
            progress.Done();
            return $"Could not build the index in {settings.IndexDirectory}: {e.Message}";
        }
    }

    private static void ReportSkipped(TextWriter status, CorpusLoad load)
    {
        foreach (var skipped in load.Skipped.Take(SkippedListed))
        {
            status.WriteLine($"  skipped {skipped.Path}: {skipped.Reason}");
        }

        if (load.Skipped.Count > SkippedListed)
        {
            status.WriteLine($"  … and {load.Skipped.Count - SkippedListed:N0} more skipped files.");
        }
    }

    private static string DuplicatesSkipped(int count) =>
        count == 1 ? "1 duplicate document skipped" : $"{count:N0} duplicate documents skipped";

    /// <summary>The first few duplicates with the copy kept; the manifest beside the index lists them all.</summary>
    private static void ReportDuplicates(TextWriter status, CorpusLoad load)
    {
        foreach (var duplicate in load.Duplicates.Take(SkippedListed))
        {
            status.WriteLine($"  duplicate {Describe([duplicate.Path])}: same statements as {Describe([duplicate.SameAs])}");
        }

        if (load.Duplicates.Count > SkippedListed)
        {
            status.WriteLine($"  … and {load.Duplicates.Count - SkippedListed:N0} more duplicates (all listed in the index's manifest.json).");
        }
    }

    private static string Describe(IReadOnlyList<string> roots) =>
        string.Join(", ", roots.Select(r => Path.GetRelativePath(Environment.CurrentDirectory, r)));

    public void Dispose() => _index?.Dispose();
}
