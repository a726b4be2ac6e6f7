namespace StatementBot.Benchmarks.Highlighting;

/// <summary>One highlighter over every judged hit: time per hit, passage length, clean edges and mark errors.</summary>
/// <param name="MicrosecondsP50">Per hit, median over the hits (the PostingsHighlighter's per-query call divided by its hits).</param>
/// <param name="OverLimit">Passages longer than our longest snippet (the whole-text limit).</param>
/// <param name="Missed">Words in the shown text that match the query but are not marked.</param>
/// <param name="Extra">Marked words that do not match (e.g. a phrase's word outside the phrase).</param>
public sealed record HighlighterScores(
    int Hits,
    double MicrosecondsP50,
    double MicrosecondsMean,
    double MeanLength,
    int MaxLength,
    int OverLimit,
    int CleanStarts,
    int CleanEnds,
    int Matching,
    int Missed,
    int Extra,
    int PartialMarks,
    int NoMarks);
