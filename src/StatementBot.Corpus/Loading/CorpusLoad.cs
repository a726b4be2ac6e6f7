using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// A whole corpus read and attributed: documents with statements (speakers already canonical), the files skipped
/// and why, the speaker registry, and how many bytes of source text were read.
/// </summary>
public sealed record CorpusLoad(
    IReadOnlyList<ExtractedDocument> Documents,
    IReadOnlyList<SkippedFile> Skipped,
    SpeakerRegistry Speakers,
    long SourceBytes)
{
    public int StatementCount => Documents.Sum(d => d.Statements.Count);
}
