using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// The corpus-wide steps after every file is extracted: duplicates left out (the first copy in reading order is
/// kept), the speaker registry built from all statements, and every statement's speaker made canonical. A full build
/// and an update both end here, so the same files give the same corpus whichever way they were read.
/// </summary>
public static class CorpusAssembly
{
    /// <param name="files">Every corpus file in reading order (<see cref="Reading.CorpusReader.EnumerateFiles"/>).</param>
    public static CorpusLoad Assemble(IReadOnlyList<ExtractedFile> files, ParallelOptions? options = null)
    {
        var (extracted, duplicates) = WithoutDuplicates(files);
        var registry = SpeakerRegistry.Build(extracted.SelectMany(d => d.Statements));
        var documents = new ExtractedDocument[extracted.Length];
        Parallel.For(0, extracted.Length, options ?? new ParallelOptions(), i =>
            documents[i] = extracted[i] with { Statements = extracted[i].Statements.Select(registry.Canonicalize).ToArray() });
        var skipped = files.Select(f => f.Skipped).OfType<Reading.SkippedFile>().ToArray();
        return new CorpusLoad(documents, skipped, registry, files.Sum(f => f.Bytes)) { Duplicates = duplicates, Files = files };
    }

    /// <summary>The documents in order, each fingerprint's first only, and the later copies.</summary>
    private static (ExtractedDocument[] Documents, DuplicateDocument[] Duplicates) WithoutDuplicates(IReadOnlyList<ExtractedFile> files)
    {
        var documents = new List<ExtractedDocument>(files.Count);
        var duplicates = new List<DuplicateDocument>();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Document is not { } document)
            {
                continue;
            }

            var path = document.Document.Info.Path;
            if (file.Fingerprint is { } fingerprint && !first.TryAdd(fingerprint, path))
            {
                duplicates.Add(new DuplicateDocument(path, first[fingerprint]));
                continue;
            }

            documents.Add(document);
        }

        return (documents.ToArray(), duplicates.ToArray());
    }
}
