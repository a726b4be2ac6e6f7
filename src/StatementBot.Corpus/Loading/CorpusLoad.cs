using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// A whole corpus read and attributed: documents with statements (speakers already canonical), the files skipped
/// and why, the speaker registry, and how many bytes of source text were read. A document whose statements repeat an
/// earlier one's is not among the documents but in <see cref="Duplicates"/>.
/// </summary>
public sealed record CorpusLoad(
    IReadOnlyList<ExtractedDocument> Documents,
    IReadOnlyList<SkippedFile> Skipped,
    SpeakerRegistry Speakers,
    long SourceBytes)
{
    public int StatementCount => Documents.Sum(d => d.Statements.Count);

    /// <summary>Files left out because an earlier file says the same, in reading order.</summary>
    public IReadOnlyList<DuplicateDocument> Duplicates { get; init; } = [];

    /// <summary>
    /// Every file as extracted, in reading order, speakers as the files write them (empty for a load made another
    /// way): what an index keeps per file so that a later update reads only the files that changed.
    /// </summary>
    public IReadOnlyList<ExtractedFile> Files { get; init; } = [];
}
