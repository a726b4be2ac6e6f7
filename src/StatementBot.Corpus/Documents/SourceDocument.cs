namespace StatementBot.Corpus.Documents;

/// <summary>
/// A document as read from disk: metadata plus its body as clean paragraphs, in order. Page furniture
/// (navigation, donate/subscribe/share lines, related-news lists) is already gone; hard-wrapped lines are joined.
/// </summary>
public sealed record SourceDocument(DocumentInfo Info, DocumentFormat Format, IReadOnlyList<string> Paragraphs);
