namespace StatementBot.Search.Building;

/// <summary>A term's log-odds difference (<paramref name="Delta"/>) and its z-score.</summary>
internal readonly record struct LogOddsScore(double Delta, double Z)
{
    /// <summary>What distinctive terms are ordered by: z·δ (positive only when the speaker uses the term more).</summary>
    public double Rank => Delta > 0 && Z > 0 ? Z * Delta : Math.Min(Z, 0);
}
