using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

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

    private readonly CorpusReader _reader = new();
    private readonly StatementExtractor _extractor = new();

    /// <param name="roots">Folders (read recursively) or single files; a missing one comes back as a skip.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing partial is returned.</exception>
    public CorpusLoad Load(IReadOnlyList<string> roots, IProgress<CorpusProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = CorpusReader.EnumerateFiles(roots);
        var outcomes = new Outcome[files.Count];
        var done = 0;
        var gate = new Lock();
        progress?.Report(new CorpusProgress(0, files.Count, files.Count > 0 ? files[0] : string.Empty));

        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i =>
        {
            outcomes[i] = LoadFile(files[i]);
            lock (gate)
            {
                done++;
                if (done % ProgressInterval == 0 || done == files.Count)
                {
                    progress?.Report(new CorpusProgress(done, files.Count, files[i]));
                }
            }
        });

        var (extracted, duplicates) = WithoutDuplicates(outcomes);
        var registry = SpeakerRegistry.Build(extracted.SelectMany(d => d.Statements));
        var documents = new ExtractedDocument[extracted.Length];
        Parallel.For(0, extracted.Length, options, i =>
            documents[i] = extracted[i] with { Statements = extracted[i].Statements.Select(registry.Canonicalize).ToArray() });
        var skipped = outcomes.Select(o => o.Skipped).OfType<SkippedFile>().ToArray();
        return new CorpusLoad(documents, skipped, registry, outcomes.Sum(o => o.Bytes)) { Duplicates = duplicates };
    }

    /// <summary>The documents in order, each fingerprint's first only, and the later copies.</summary>
    private static (ExtractedDocument[] Documents, DuplicateDocument[] Duplicates) WithoutDuplicates(Outcome[] outcomes)
    {
        var documents = new List<ExtractedDocument>(outcomes.Length);
        var duplicates = new List<DuplicateDocument>();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.Document is not { } document)
            {
                continue;
            }

            var path = document.Document.Info.Path;
            if (outcome.Fingerprint is { } fingerprint && !first.TryAdd(fingerprint, path))
            {
                duplicates.Add(new DuplicateDocument(path, first[fingerprint]));
                continue;
            }

            documents.Add(document);
        }

        return (documents.ToArray(), duplicates.ToArray());
    }

    private Outcome LoadFile(string path)
    {
        var read = _reader.Read(path);
        if (read.Document is not { } document)
        {
            return new Outcome(null, read.Skipped ?? new SkippedFile(path, "not read"), 0, null);
        }

        IReadOnlyList<Statement> statements;
        try
        {
            statements = _extractor.Extract(document);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One document the attributors cannot handle is reported with the failure and the build goes on.
            return new Outcome(null, new SkippedFile(path, $"statements could not be attributed: {e.GetType().Name}: {SkippedFile.OneLine(e.Message)}"), 0, null);
        }

        return new Outcome(new ExtractedDocument(document, statements), null, SizeOf(path), StatementsFingerprint.Of(statements));
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private readonly record struct Outcome(ExtractedDocument? Document, SkippedFile? Skipped, long Bytes, string? Fingerprint);
}
