using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>The outcome of reading one file: a document, or the reason it was skipped.</summary>
public sealed record ReadResult(SourceDocument? Document, SkippedFile? Skipped)
{
    public static ReadResult Read(SourceDocument document) => new(document, null);

    public static ReadResult Skip(string path, string reason) => new(null, new SkippedFile(path, reason));
}
