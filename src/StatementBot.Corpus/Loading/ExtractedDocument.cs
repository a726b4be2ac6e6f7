using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Loading;

/// <summary>A document with the statements attributed in it, in document order.</summary>
public sealed record ExtractedDocument(SourceDocument Document, IReadOnlyList<Statement> Statements);
