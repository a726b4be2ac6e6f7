using System.Diagnostics;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Storage;

namespace StatementBot.Indexing;

/// <summary>
/// Opens the index for the given corpus folders, building it first (with progress and a summary) when it is
/// missing, stale, or was built from other folders.
/// </summary>
public sealed class IndexGate : IDisposable
{
    private const int DuplicatesListed = 10;

    private readonly StatementIndex? _index;

    private IndexGate(StatementIndex? index, string? error, IndexSettings? settings = null)
    {
        _index = index;
        Settings = settings;
        Searcher = index is null ? null : new StatementSearcher(index);
        SpeakerDirectory = index is null ? null : new SpeakerDirectory(index);
        Error = error;
    }

    public StatementSearcher? Searcher { get; }

    /// <summary>The open index (null when it could not be opened): what a corpus watcher refreshes after an update.</summary>
    public StatementIndex? Index => _index;

    /// <summary>The corpus folders and index folder this gate opened (null when it could not).</summary>
    public IndexSettings? Settings { get; }

    /// <summary>The speaker directory (/speakers) over the same index; null when it could not be opened.</summary>
    public SpeakerDirectory? SpeakerDirectory { get; }

    /// <summary>Why the index could not be opened, in one line; null when it is open.</summary>
    public string? Error { get; }

    /// <param name="alwaysReport">Say that the index is up to date when nothing had to be built (the index verb).</param>
    public static IndexGate OpenOrBuild(IndexSettings settings, bool rebuild, TextWriter status, bool alwaysReport = false)
    {
        var state = IndexFreshness.Check(settings.IndexDirectory, settings.CorpusRoots);
        string reason;
        if (rebuild)
        {
            reason = "rebuild requested";
        }
        else if (state is IndexStatus.Fresh fresh)
        {
            // Checks at start find a missing or truncated file; damage only Lucene sees shows when it opens the index.
            if (fresh.Manifest.StatisticsPending)
            {
                // An update published before its statistics were recomputed (and was stopped before it could).
                RefreshStatistics(new IndexUpdater(settings.IndexDirectory), settings, status);
            }

            if (TryOpen(settings, out var index, out var failure))
            {
                // A build killed since the last start left an unfinished generation; its space comes back now.
                new IndexLayout(settings.IndexDirectory).DeleteAbandonedBuilds();
                if (alwaysReport)
                {
                    ReportUpToDate(status, fresh.Manifest);
                }

                return new IndexGate(index, null, settings);
            }

            reason = $"the index in {settings.IndexDirectory} is damaged: it could not be opened ({failure})";
        }
        else
        {
            reason = state switch
            {
                IndexStatus.Missing missing => missing.Reason,
                IndexStatus.Stale stale => stale.Reason,
                IndexStatus.Damaged damaged => damaged.Reason,
                _ => "",
            };
        }

        reason = reason.Replace(settings.IndexDirectory, Describe([settings.IndexDirectory]), StringComparison.Ordinal);
        if (!rebuild && state is IndexStatus.Stale && Update(settings, status) is { } updated)
        {
            return updated;
        }

        status.WriteLine($"Building the index from {Describe(settings.CorpusRoots)} ({reason})…");
        if (Build(settings, status) is { } buildFailure)
        {
            return new IndexGate(null, buildFailure);
        }

        return TryOpen(settings, out var built, out var openFailure)
            ? new IndexGate(built, null, settings)
            : new IndexGate(null, $"The index in {settings.IndexDirectory} could not be opened ({openFailure}). Run `index --rebuild`.");
    }

    /// <summary>
    /// Updates the index in place of a rebuild when it can (the same corpus folders and format), then recomputes the
    /// statistics; null when it cannot, or the update failed (the full build that follows says why, if it fails too).
    /// </summary>
    private static IndexGate? Update(IndexSettings settings, TextWriter status)
    {
        var updater = new IndexUpdater(settings.IndexDirectory);
        IndexUpdate? update;
        try
        {
            update = updater.Update(settings.CorpusRoots);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            status.WriteLine($"Could not update the index ({SkippedFile.OneLine(e.Message)}); building it afresh.");
            return null;
        }

        if (update is null)
        {
            return null;
        }

        status.WriteLine(UpdateReport.Line(update));
        RefreshStatistics(updater, settings, status);
        return TryOpen(settings, out var index, out var failure)
            ? new IndexGate(index, null, settings)
            : new IndexGate(null, $"The index in {settings.IndexDirectory} could not be opened ({failure}). Run `index --rebuild`.");
    }

    private static void RefreshStatistics(IndexUpdater updater, IndexSettings settings, TextWriter status)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (updater.RefreshStatistics(settings.CorpusRoots))
            {
                status.WriteLine($"Recomputed the speakers' distinctive terms and the corpus's phrases in {clock.Elapsed.TotalSeconds:N1} s.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            status.WriteLine($"Could not recompute the statistics ({SkippedFile.OneLine(e.Message)}); the index keeps the earlier ones.");
        }
    }

    private static bool TryOpen(IndexSettings settings, out StatementIndex? index, out string? failure)
    {
        try
        {
            index = StatementIndex.Open(settings.IndexDirectory);
            failure = null;
            return true;
        }
        catch (Exception e) when (IsDamage(e))
        {
            index = null;
            failure = SkippedFile.OneLine(e.Message);
            return false;
        }
    }

    /// <summary>
    /// What opening a damaged index throws: Lucene's corrupt-index and missing-file errors are I/O errors, a bad JSON
    /// file beside it is invalid data, and bytes that are not what Lucene wrote can also fail its decoding arithmetic.
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException
            or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException;

    private static void ReportUpToDate(TextWriter status, IndexManifest m)
    {
        var duplicates = m.Duplicates.Count > 0 ? $", {DuplicatesSkipped(m.Duplicates.Count)}" : "";
        status.WriteLine($"The index is up to date: {m.Documents:N0} documents, {m.Statements:N0} statements, {m.Speakers:N0} speakers (built {m.BuiltAt.ToLocalTime():yyyy-MM-dd HH:mm}{duplicates}).");
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

    /// <summary>Every skipped file on a line of its own, with its reason.</summary>
    private static void ReportSkipped(TextWriter status, CorpusLoad load)
    {
        foreach (var skipped in load.Skipped)
        {
            status.WriteLine($"  skipped {SkippedFile.OneLine(Describe([skipped.Path]))}: {SkippedFile.OneLine(skipped.Reason)}");
        }
    }

    private static string DuplicatesSkipped(int count) =>
        count == 1 ? "1 duplicate document skipped" : $"{count:N0} duplicate documents skipped";

    /// <summary>The first few duplicates with the copy kept; the manifest beside the index lists them all.</summary>
    private static void ReportDuplicates(TextWriter status, CorpusLoad load)
    {
        foreach (var duplicate in load.Duplicates.Take(DuplicatesListed))
        {
            status.WriteLine($"  duplicate {Describe([duplicate.Path])}: same statements as {Describe([duplicate.SameAs])}");
        }

        if (load.Duplicates.Count > DuplicatesListed)
        {
            status.WriteLine($"  … and {load.Duplicates.Count - DuplicatesListed:N0} more duplicates (all listed in the index's manifest.json).");
        }
    }

    private static string Describe(IReadOnlyList<string> roots) =>
        string.Join(", ", roots.Select(r => Path.GetRelativePath(Environment.CurrentDirectory, r)));

    public void Dispose() => _index?.Dispose();
}
