using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// One corpus file as read and attributed, before the corpus-wide steps (duplicates, speaker registry, canonical
/// names): its document with the speakers as the file writes them, or why it was skipped. What a full build reads
/// from every file, and what an update keeps per file so that unchanged files are not read again.
/// </summary>
/// <param name="Bytes">The file's size when it gave a document; 0 for a skip.</param>
/// <param name="Fingerprint">The document's <see cref="StatementsFingerprint"/> (null for a skip or no statements).</param>
public sealed record ExtractedFile(string Path, ExtractedDocument? Document, SkippedFile? Skipped, long Bytes, string? Fingerprint)
{
    public static ExtractedFile Skip(SkippedFile skipped) => new(skipped.Path, null, skipped, 0, null);
}
