namespace StatementBot.Benchmarks.Reporting;

/// <summary>
/// Whether the two engines were asked the same thing: for each /quote query, did each find something. Small
/// differences are expected (different stemmers and tokenizers); large ones mean the comparison is unfair.
/// </summary>
public sealed record QuoteAgreement(int Queries, int BothFound, int OnlyStatementBot, int OnlyFts5, int NeitherFound, int Fts5Errors);
