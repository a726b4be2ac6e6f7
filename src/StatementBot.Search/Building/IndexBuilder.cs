using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Freshness;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Builds the index for a loaded corpus into a fresh generation folder and publishes it only once it is complete:
/// readers keep using the previous index meanwhile, and a build that fails or is cancelled leaves it untouched.
/// </summary>
public sealed class IndexBuilder(string indexRoot)
{
    private const double RamBufferMegabytes = 128;
    private const int ProgressEvery = 5_000;

    private readonly IndexLayout _layout = new(indexRoot);

    private ExtractedStore Store => new(_layout.ExtractedFolder);

    /// <summary>Builds from <paramref name="load"/>, recording the corpus as <paramref name="corpus"/> saw it
    /// (take the snapshot before loading, so files changed during the load make the index stale).</summary>
    public IndexBuildResult Build(
        CorpusLoad load,
        CorpusSnapshot corpus,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var previous = _layout.CurrentGeneration();
        _layout.DeleteAbandonedBuilds();
        var (generation, buildLock) = _layout.CreateGeneration();
        IndexBuildResult result;
        try
        {
            result = WriteAndPublish(load, corpus, generation, clock, progress, cancellationToken);
        }
        catch
        {
            buildLock.Dispose();
            IndexLayout.Discard(generation);
            throw;
        }

        buildLock.Dispose();
        _layout.DeleteOldGenerations(keep: previous);
        Store.DeleteUnlisted(IndexFiles.ReadIndexedFiles(result.Generation)?.Files.Select(f => f.Key).OfType<string>() ?? []);
        return result;
    }

    /// <summary>
    /// Writes the Lucene index (committed: Lucene flushes its files to the disk), then the files beside it, the
    /// manifest last, and publishes. A process killed before the publish leaves an unfinished generation nothing
    /// reads; the next build deletes it.
    /// </summary>
    private IndexBuildResult WriteAndPublish(
        CorpusLoad load,
        CorpusSnapshot corpus,
        string generation,
        Stopwatch clock,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var (indexed, skipped, documents, stats, phrases) = Write(load, corpus.Roots, generation, progress, cancellationToken);
        var speakers = SpeakerRecordList.Of(load.Speakers, stats);
        var manifest = new IndexManifest(
            IndexSchema.Version,
            corpus.Roots,
            corpus.FileCount,
            corpus.TotalBytes,
            corpus.NewestFileTime,
            corpus.Fingerprint,
            indexed,
            documents,
            stats.Count,
            load.Skipped.Count,
            DateTimeOffset.UtcNow,
            clock.Elapsed)
        {
            Duplicates = load.Duplicates,
            LuceneFiles = IndexFileRecord.ListFolder(IndexLayout.LuceneFolder(generation)),
            ExtractionVersion = FileKeys.ExtractionVersion,
        };
        if (load.Files.Count > 0)
        {
            IndexFiles.WriteIndexedFiles(generation, CorpusKeeping.Keep(load, corpus, Store, cancellationToken));
        }

        IndexFiles.WriteSpeakers(generation, speakers);
        IndexFiles.WritePhrases(generation, phrases);
        IndexFiles.WriteManifest(generation, manifest);
        cancellationToken.ThrowIfCancellationRequested();

        _layout.Publish(generation);
        return new IndexBuildResult(generation, manifest, skipped);
    }

    private static (int Indexed, int Skipped, int Documents, Dictionary<string, SpeakerStats> Stats, IReadOnlyList<PhraseRecord> Phrases) Write(
        CorpusLoad load,
        IReadOnlyList<string> roots,
        string generation,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var statements = Indexable.Statements(load);
        var skipped = load.StatementCount - statements.Length;

        // Word statistics run on the second core while this thread feeds the writer.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var collector = new SpeakerStatsCollector();
        var statsTask = Task.Run(() =>
        {
            foreach (var statement in statements)
            {
                stop.Token.ThrowIfCancellationRequested();
                collector.Add(statement);
            }
            return collector.Finish(Indexable.NameWordsOf(load.Speakers));
        }, stop.Token);

        var config = new IndexWriterConfig(IndexSchema.LuceneVersion, IndexSchema.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = RamBufferMegabytes,
            Similarity = IndexSchema.CreateSimilarity(),
        };
        using (var directory = FSDirectory.Open(IndexLayout.LuceneFolder(generation)))
        using (var writer = new IndexWriter(directory, config))
        {
            try
            {
                for (var i = 0; i < statements.Length; i++)
                {
                    if (i % ProgressEvery == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(new IndexProgress(i, statements.Length));
                    }

                    var statement = statements[i];
                    var id = StatementId.For(CorpusFolder.Key(statement.Document.Path, roots), statement.Position);
                    writer.UpdateDocument(IndexSchema.Id.Term(id), IndexSchema.ToDocument(statement, id, CorpusFolder.Of(statement.Document.Path, roots)));
                }

                cancellationToken.ThrowIfCancellationRequested();
                writer.ForceMerge(1);
                writer.Commit();
                progress?.Report(new IndexProgress(statements.Length, statements.Length));
            }
            catch
            {
                stop.Cancel();
                writer.Rollback();
                WaitForCancelled(statsTask);
                throw;
            }

            var stats = statsTask.GetAwaiter().GetResult();
            var documents = statements.Select(s => s.Document.Path).Distinct(StringComparer.Ordinal).Count();
            return (writer.NumDocs, skipped, documents, stats, collector.Phrases);
        }
    }

    private static void WaitForCancelled(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The build already failed with the error being rethrown; this task only stopped because of it.
        }
    }
}
