namespace StatementBot.Benchmarks.Highlighting;

/// <summary>
/// Our SnippetBuilder beside Lucene's PostingsHighlighter on the same hits of the same queries, with what offsets in
/// the postings cost on disk, and a sample of snippet pairs (marks as **…**) to read.
/// </summary>
public sealed record HighlighterFigures(
    int Statements,
    int Queries,
    double IndexMegabytes,
    double IndexWithOffsetsMegabytes,
    HighlighterScores SnippetBuilder,
    HighlighterScores PostingsHighlighter,
    IReadOnlyList<SnippetPair> Pairs);
