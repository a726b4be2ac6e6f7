using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// Reads every file under the corpus folders, attributes statements, builds the speaker registry and rewrites each
/// statement's speaker to the registry's canonical name. Unreadable files are skipped, never fatal. A file whose
/// statements say word for word what an earlier file's say (the same briefing published twice) is left out and listed
/// as a duplicate, so each exchange is indexed once. Files are read and attributed on all cores; documents, skips and
/// duplicates come back in the enumeration order (ordinal path order) whatever the scheduling, so the copy kept is
/// always the same one.
/// </summary>
public sealed class CorpusLoader
{
    /// <summary>Progress is reported after this many files (and after the last one).</summary>
    public const int ProgressInterval = 25;

    /// <param name="roots">Folders (read recursively) or single files; a missing one comes back as a skip.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing partial is returned.</exception>
    public CorpusLoad Load(IReadOnlyList<string> roots, IProgress<CorpusProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = CorpusReader.EnumerateFiles(roots);
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var extracted = ExtractAll(files, new FileExtractor(), options, progress);
        return CorpusAssembly.Assemble(extracted, options);
    }

    /// <summary>Extracts <paramref name="files"/> on all cores, results in the given order.</summary>
    public static ExtractedFile[] ExtractAll(
        IReadOnlyList<string> files, FileExtractor extractor, ParallelOptions options, IProgress<CorpusProgress>? progress = null)
    {
        var outcomes = new ExtractedFile[files.Count];
        var done = 0;
        var gate = new Lock();
        progress?.Report(new CorpusProgress(0, files.Count, files.Count > 0 ? files[0] : string.Empty));
        Parallel.For(0, files.Count, options, i =>
        {
            outcomes[i] = extractor.Extract(files[i]);
            lock (gate)
            {
                done++;
                if (done % ProgressInterval == 0 || done == files.Count)
                {
                    progress?.Report(new CorpusProgress(done, files.Count, files[i]));
                }
            }
        });
        return outcomes;
    }
}
