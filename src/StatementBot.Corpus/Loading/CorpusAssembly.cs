using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// The corpus-wide steps after every file is extracted: duplicates left out (the first copy in reading order is
/// kept), the speaker registry built from all statements, and every statement's speaker made canonical. A full build
/// and an update both end here, so the same files give the same corpus whichever way they were read. The registry
/// reads the names each file's text writes as they were found when it was extracted (<see cref="ExtractedFile.Names"/>),
/// so assembling again after one file changed reads no other file's text.
/// </summary>
public static class CorpusAssembly
{
    /// <param name="files">Every corpus file in reading order (<see cref="Reading.CorpusReader.EnumerateFiles"/>).</param>
    public static CorpusLoad Assemble(IReadOnlyList<ExtractedFile> files, ParallelOptions? options = null)
    {
        var (extracted, duplicates) = WithoutDuplicates(files);
        var written = new WrittenNames[extracted.Length];
        Parallel.For(0, extracted.Length, options ?? new ParallelOptions(), i =>
            written[i] = extracted[i].File.Names ?? WrittenNames.Of(extracted[i].Document.Statements));
        var registry = SpeakerRegistry.Build(extracted.Select(e => e.Document.Statements).ToArray(), written);
        var documents = new ExtractedDocument[extracted.Length];
        Parallel.For(0, extracted.Length, options ?? new ParallelOptions(), i =>
            documents[i] = extracted[i].Document with { Statements = Canonical(registry, extracted[i].Document.Statements) });
        var skipped = files.Select(f => f.Skipped).OfType<Reading.SkippedFile>().ToArray();
        return new CorpusLoad(documents, skipped, registry, files.Sum(f => f.Bytes)) { Duplicates = duplicates, Files = files };
    }

    /// <summary>
    /// Each statement as <see cref="SpeakerRegistry.Canonicalize"/> makes it, each speaker and role of a document
    /// resolved once: its statements share the source and date a bare title is resolved by.
    /// </summary>
    private static Statement[] Canonical(SpeakerRegistry registry, IReadOnlyList<Statement> statements)
    {
        var canonical = new Statement[statements.Count];
        // Null: left as it was; otherwise the speaker and role it is rewritten to.
        var resolved = new Dictionary<(string Speaker, string? Role, bool ByOrganisation), (string Speaker, string? Role)?>();
        for (var i = 0; i < canonical.Length; i++)
        {
            var statement = statements[i];
            if (i > 0 && !ReferenceEquals(statement.Document, statements[i - 1].Document) && statement.Document != statements[i - 1].Document)
            {
                resolved.Clear();
            }

            var key = (statement.Speaker, statement.Role, statement.ByOrganisation);
            if (!resolved.TryGetValue(key, out var rewritten))
            {
                canonical[i] = registry.Canonicalize(statement);
                resolved[key] = ReferenceEquals(canonical[i], statement) ? null : (canonical[i].Speaker, canonical[i].Role);
            }
            else
            {
                canonical[i] = rewritten is var (speaker, role) ? statement with { Speaker = speaker, Role = role } : statement;
            }
        }

        return canonical;
    }

    /// <summary>The documents in order (with the files they came from), each fingerprint's first only, and the later copies.</summary>
    private static ((ExtractedFile File, ExtractedDocument Document)[] Documents, DuplicateDocument[] Duplicates) WithoutDuplicates(IReadOnlyList<ExtractedFile> files)
    {
        var documents = new List<(ExtractedFile, ExtractedDocument)>(files.Count);
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

            documents.Add((file, document));
        }

        return (documents.ToArray(), duplicates.ToArray());
    }
}
