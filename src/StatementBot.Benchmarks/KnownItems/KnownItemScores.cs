namespace StatementBot.Benchmarks.KnownItems;

/// <summary>How well one engine finds the known items: mean reciprocal rank in the first ten, and the share found first / in the first ten.</summary>
public sealed record KnownItemScores(double Mrr10, double SuccessAt1, double SuccessAt10)
{
    public static KnownItemScores Of(IReadOnlyList<int?> ranks) => ranks.Count == 0
        ? new KnownItemScores(0, 0, 0)
        : new KnownItemScores(
            ranks.Average(r => r is { } rank ? 1.0 / rank : 0),
            ranks.Count(r => r == 1) / (double)ranks.Count,
            ranks.Count(r => r is not null) / (double)ranks.Count);
}
