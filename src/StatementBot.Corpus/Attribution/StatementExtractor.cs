using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>Chooses how a document is attributed: as a transcript or as an article.</summary>
public sealed class StatementExtractor
{
    private readonly TranscriptAttributor _transcripts = new();
    private readonly ArticleAttributor _articles = new();

    public IReadOnlyList<Statement> Extract(SourceDocument document) =>
        TranscriptAttributor.LooksLikeTranscript(document)
            ? _transcripts.Attribute(document)
            : _articles.Attribute(document);
}
