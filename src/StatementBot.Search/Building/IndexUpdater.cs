using System.Diagnostics;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Freshness;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Brings the published index up to date with the corpus by changing only what changed, into a new generation
/// published as a full build's is (readers see the old index or the new, a crash leaves the old in use). The corpus-wide
/// steps run over the whole corpus as a full build runs them — duplicates, the speaker registry, canonical names —
/// so a file that changes how another file's speakers resolve gets that file indexed again too, and the statements,
/// speakers and counts equal a full build's. Distinctive terms and phrases, which take seconds over the whole corpus,
/// follow in a second publish (<see cref="RefreshStatistics"/>). One instance per index; not for concurrent use.
/// </summary>
public sealed class IndexUpdater(string indexRoot)
{
    private readonly IndexLayout _layout = new(indexRoot);
    private readonly UpdateReader _reader = new(new ExtractedStore(new IndexLayout(indexRoot).ExtractedFolder));
    private (string Generation, CorpusLoad Load)? _last;

    /// <summary>
    /// Updates the index from <paramref name="roots"/>; null when it cannot be updated and needs a full build (none
    /// published, another format or other corpus folders, or built before files were listed).
    /// </summary>
    public IndexUpdate? Update(IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var corpus = CorpusSnapshot.Take(roots);
        if (_layout.CurrentGeneration() is not { } previous || Previous(previous, corpus) is not var (manifest, files))
        {
            return null;
        }

        if (corpus.Fingerprint == manifest.Fingerprint)
        {
            return new IndexUpdate(previous, manifest, 0, 0, 0, 0, 0, 0, clock.Elapsed);
        }

        var steps = new List<(string, TimeSpan)>();
        var lap = Stopwatch.StartNew();
        void Step(string name)
        {
            steps.Add((name, lap.Elapsed));
            lap.Restart();
        }

        Step("snapshot");
        var read = _reader.Read(roots, corpus, files, cancellationToken);
        Step("read");
        var load = CorpusAssembly.Assemble(read.Files, new ParallelOptions { CancellationToken = cancellationToken });
        Step("assemble");
        var ledger = CorpusLedger.Of(load, read.Keys, read.Stamps, read.Folders);
        var (deleted, replaced) = Changes(files, ledger, load);
        cancellationToken.ThrowIfCancellationRequested();

        var earlier = (IndexFiles.ReadSpeakers(previous) ?? [])
            .GroupBy(r => r.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Stats, StringComparer.OrdinalIgnoreCase);
        var indexable = Indexable.Statements(load);
        var stats = SpeakerCounts.Of(indexable, name => earlier.GetValueOrDefault(name));
        var changedIndex = deleted.Count > 0 || replaced.Count > 0;
        Step("compare");

        var (generation, buildLock) = _layout.CreateGeneration();
        IndexManifest next;
        try
        {
            GenerationLinks.Link(IndexLayout.LuceneFolder(previous), IndexLayout.LuceneFolder(generation));
            Step("link");
            var statements = LuceneChanges.Apply(IndexLayout.LuceneFolder(generation), corpus.Roots, deleted, replaced);
            Step("lucene");
            next = new IndexManifest(
                IndexSchema.Version, corpus.Roots, corpus.FileCount, corpus.TotalBytes, corpus.NewestFileTime, corpus.Fingerprint,
                statements, indexable.Select(s => s.Document.Path).Distinct(StringComparer.Ordinal).Count(), stats.Count,
                load.Skipped.Count, DateTimeOffset.UtcNow, clock.Elapsed)
            {
                Duplicates = load.Duplicates,
                LuceneFiles = IndexFileRecord.ListFolder(IndexLayout.LuceneFolder(generation)),
                // Nothing indexed changed: the statistics are as exact (or as pending) as they were.
                StatisticsPending = changedIndex || manifest.StatisticsPending,
                ExtractionVersion = FileKeys.ExtractionVersion,
            };
            IndexFiles.WriteIndexedFiles(generation, ledger);
            IndexFiles.WriteSpeakers(generation, SpeakerRecordList.Of(load.Speakers, stats));
            File.Copy(IndexLayout.PhrasesFile(previous), IndexLayout.PhrasesFile(generation));
            IndexFiles.WriteManifest(generation, next);
            cancellationToken.ThrowIfCancellationRequested();
            _layout.Publish(generation);
            Step("publish");
        }
        catch
        {
            buildLock.Dispose();
            IndexLayout.Discard(generation);
            throw;
        }

        buildLock.Dispose();
        var elapsed = clock.Elapsed;
        _layout.DeleteOldGenerations(keep: previous);
        _last = (generation, load);
        return new IndexUpdate(generation, next, read.Added, read.Changed, read.Removed, read.Read, replaced.Count, deleted.Count, elapsed) { Steps = steps };
    }

    /// <summary>
    /// Recomputes the distinctive terms and phrases over the whole corpus and publishes them with the index in use, when
    /// an update left them pending. Returns false when there was nothing to do, or the index changed meanwhile (the
    /// next update's follow-up does it).
    /// </summary>
    public bool RefreshStatistics(IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        if (_layout.CurrentGeneration() is not { } current || IndexFiles.ReadManifest(current) is not { StatisticsPending: true } manifest)
        {
            return false;
        }

        var load = _last is { } last && last.Generation == current ? last.Load : LoadCurrent(current, roots, cancellationToken);
        if (load is null)
        {
            return false;
        }

        var (stats, phrases) = StatisticsOf(load, cancellationToken);
        var (generation, buildLock) = _layout.CreateGeneration();
        try
        {
            GenerationLinks.Link(IndexLayout.LuceneFolder(current), IndexLayout.LuceneFolder(generation));
            File.Copy(IndexLayout.IndexedFilesFile(current), IndexLayout.IndexedFilesFile(generation));
            IndexFiles.WriteSpeakers(generation, SpeakerRecordList.Of(load.Speakers, stats));
            IndexFiles.WritePhrases(generation, phrases);
            IndexFiles.WriteManifest(generation, manifest with { StatisticsPending = false });
            cancellationToken.ThrowIfCancellationRequested();
            if (_layout.CurrentGeneration() != current)
            {
                throw new OperationCanceledException("The index changed while its statistics were recomputed.");
            }

            _layout.Publish(generation);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            buildLock.Dispose();
            IndexLayout.Discard(generation);
            return false;
        }
        catch
        {
            buildLock.Dispose();
            IndexLayout.Discard(generation);
            throw;
        }

        buildLock.Dispose();
        _layout.DeleteOldGenerations(keep: current);
        _last = (generation, load);
        return true;
    }

    /// <summary>The previous generation's manifest and file list, when this corpus can be updated from them.</summary>
    private static (IndexManifest, IndexedFiles)? Previous(string generation, CorpusSnapshot corpus)
    {
        if (IndexFiles.ReadManifest(generation) is not { } manifest || IndexFiles.ReadIndexedFiles(generation) is not { } files
            || manifest.SchemaVersion != IndexSchema.Version || manifest.ExtractionVersion != FileKeys.ExtractionVersion || manifest.LuceneFiles.Count == 0
            || !File.Exists(IndexLayout.PhrasesFile(generation))
            || !CorpusSnapshot.NormalizeRoots(manifest.CorpusRoots).SequenceEqual(corpus.Roots, StringComparer.Ordinal))
        {
            return null;
        }

        return (manifest, files);
    }

    /// <summary>The documents to delete and those whose statements to replace: every document whose signature changed.</summary>
    private static (List<string> Deleted, List<(string Path, Statement[] Statements)> Replaced) Changes(IndexedFiles before, IndexedFiles after, CorpusLoad load)
    {
        var was = before.Files.Where(f => f.Indexed is not null).GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Indexed, StringComparer.Ordinal);
        var now = after.Files.Where(f => f.Indexed is not null).ToDictionary(f => f.Path, f => f.Indexed, StringComparer.Ordinal);
        var deleted = was.Keys.Where(path => !now.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        var replaced = load.Documents
            .Where(d => now.TryGetValue(d.Document.Info.Path, out var signature) && (signature == CorpusLedger.NotKept || was.GetValueOrDefault(d.Document.Info.Path) != signature))
            .Select(d => (d.Document.Info.Path, d.Statements.Where(Indexable.Is).ToArray()))
            .ToList();
        return (deleted, replaced);
    }

    private CorpusLoad? LoadCurrent(string current, IReadOnlyList<string> roots, CancellationToken cancellationToken)
    {
        if (IndexFiles.ReadIndexedFiles(current) is not { } files)
        {
            return null;
        }

        var read = _reader.Read(roots, CorpusSnapshot.Take(roots), files, cancellationToken);
        var load = CorpusAssembly.Assemble(read.Files, new ParallelOptions { CancellationToken = cancellationToken });
        var ledger = CorpusLedger.Of(load, read.Keys, read.Stamps, read.Folders);
        // The statistics must be those of the statements indexed: a corpus changed since is the next update's.
        var same = files.Files.Select(f => (f.Path, f.Indexed)).SequenceEqual(ledger.Files.Select(f => (f.Path, f.Indexed)))
            && ledger.Files.All(f => f.Indexed != CorpusLedger.NotKept);
        return same ? load : null;
    }

    private static (Dictionary<string, SpeakerStats> Stats, IReadOnlyList<PhraseRecord> Phrases) StatisticsOf(CorpusLoad load, CancellationToken cancellationToken)
    {
        var collector = new SpeakerStatsCollector();
        foreach (var statement in Indexable.Statements(load))
        {
            cancellationToken.ThrowIfCancellationRequested();
            collector.Add(statement);
        }

        var stats = collector.Finish(Indexable.NameWordsOf(load.Speakers));
        return (stats, collector.Phrases);
    }
}
