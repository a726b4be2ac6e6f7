namespace StatementBot.Search.Results;

/// <summary>
/// One speaker's side of a comparison: statements on the topic, how many, words the other side does not use, and
/// what makes the count fair to compare — all of the speaker's statements and the dates they span.
/// </summary>
/// <param name="Total">The speaker's statements on the topic (all of them without a topic).</param>
/// <param name="StatementsTotal">All of the speaker's statements in the index.</param>
/// <param name="First">The speaker's first date in the corpus (null when no statement is dated).</param>
/// <param name="Last">The speaker's last date in the corpus.</param>
public sealed record CompareSide(
    string Speaker,
    int Total,
    IReadOnlyList<string> DistinctiveTerms,
    IReadOnlyList<StatementHit> Hits,
    int StatementsTotal,
    DateOnly? First,
    DateOnly? Last)
{
    /// <summary>Statements on the topic per 1,000 of the speaker's statements (0 when the speaker has none).</summary>
    public double PerThousand => StatementsTotal <= 0 ? 0 : Math.Round(1000.0 * Math.Min(Total, StatementsTotal) / StatementsTotal, 1);
}
