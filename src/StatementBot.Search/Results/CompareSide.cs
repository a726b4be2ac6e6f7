namespace StatementBot.Search.Results;

/// <summary>One speaker's side of a comparison: statements on the topic, how many, and words the other side does not use.</summary>
public sealed record CompareSide(string Speaker, int Total, IReadOnlyList<string> DistinctiveTerms, IReadOnlyList<StatementHit> Hits);
