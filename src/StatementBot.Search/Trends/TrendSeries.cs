namespace StatementBot.Search.Trends;

/// <summary>One line of a trend: a speaker's matching statements per period.</summary>
/// <param name="Total">The speaker's dated matching statements in the span (the sum of <paramref name="Counts"/>).</param>
/// <param name="Counts">One count per period of <see cref="TrendResult.Periods"/>.</param>
public sealed record TrendSeries(string Speaker, bool ByOrganisation, int Total, IReadOnlyList<int> Counts)
{
    /// <summary>The period with the most statements (the first of equals); -1 when there are none.</summary>
    public int Peak => TrendResult.PeakOf(Counts);
}
