using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

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
    /// <summary>
    /// The names the document's statements write (<see cref="WrittenNames.Of"/> of its statements), read when it was
    /// extracted; null when not read yet (the corpus-wide steps read them then). Set only with the statements they
    /// were read from.
    /// </summary>
    public WrittenNames? Names { get; init; }

    public static ExtractedFile Skip(SkippedFile skipped) => new(skipped.Path, null, skipped, 0, null);
}
