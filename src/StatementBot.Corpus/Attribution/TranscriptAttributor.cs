using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>Turns transcripts (<c>NAME:</c> turns, <c>Q:</c>/<c>A:</c> exchanges) into statements.</summary>
public sealed class TranscriptAttributor
{
    /// <summary>True when the document is a transcript rather than an article quoting people.</summary>
    public static bool LooksLikeTranscript(SourceDocument document) => throw new NotImplementedException();

    public IReadOnlyList<Statement> Attribute(SourceDocument document) => throw new NotImplementedException();
}
