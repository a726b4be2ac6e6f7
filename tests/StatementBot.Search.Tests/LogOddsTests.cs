using StatementBot.Search.Building;

namespace StatementBot.Search.Tests;

public sealed class LogOddsTests
{
    // Prior α0 = 100 words and a corpus share of 1 %: every term gets one pseudo-use on each side.
    private const double Prior = 100;
    private const double Share = 0.01;

    [Fact]
    public void Z_HandCounts_MatchTheFormula()
    {
        // 9 of 100 words against 1 of 100: δ = ln(10/190) − ln(2/198) = 1.6507, σ² = 1/10 + 1/2, z = 1.6507 / √0.6 = 2.1310.
        Assert.Equal(2.1310, LogOdds.Z(9, 100, 1, 100, Share, Prior), 3);
    }

    [Fact]
    public void Z_SameRatioMoreEvidence_RanksHigher_AndEqualUseIsZero_AndLessUseIsNegative()
    {
        // Worked by hand (1,000 words each side): 50 vs 10 → δ 1.571, z 4.73; 10 vs 2 → δ 1.307, z 2.01; 20 vs 20 → 0;
        // 0 vs 5 → z −1.66; 1 vs 0 → z 0.57 (the prior keeps a single use from looking certain).
        var ranked = new[] { ("w", 20, 20), ("y", 10, 2), ("never", 0, 5), ("x", 50, 10), ("once", 1, 0) }
            .OrderByDescending(t => LogOdds.Z(t.Item2, 1000, t.Item3, 1000, Share, Prior))
            .Select(t => t.Item1);

        Assert.Equal(["x", "y", "once", "w", "never"], ranked);
        Assert.Equal(0, LogOdds.Z(20, 1000, 20, 1000, Share, Prior), 9);
        Assert.True(LogOdds.Z(0, 1000, 5, 1000, Share, Prior) < 0);
    }

    [Fact]
    public void Score_RanksByZTimesDelta_SoAFarBiggerDifferenceBeatsATinySureOne()
    {
        // An everyday word used 5,200 vs 5,000 times in a million words each: sure (z ≈ 2) but tiny (δ ≈ 0.04).
        var everyday = LogOdds.Score(5_200, 1_000_000, 5_000, 1_000_000, 0.005, Prior);
        // A topic used 60 vs 5 times: far bigger (δ ≈ 2.4), also sure.
        var topic = LogOdds.Score(60, 1_000_000, 5, 1_000_000, 0.00003, Prior);

        Assert.True(everyday.Z > 1.96 && everyday.Delta < 0.05);
        Assert.True(topic.Rank > everyday.Rank);
    }
}
