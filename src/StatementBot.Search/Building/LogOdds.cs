namespace StatementBot.Search.Building;

/// <summary>
/// The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "Fightin'
/// Words"): how much more one speaker uses a term than a background does. The prior adds <c>α0 · share</c>
/// pseudo-uses of the term to both sides, where <c>share</c> is the term's share of the whole corpus, so a word
/// seen twice is not "infinitely" distinctive.
/// </summary>
internal static class LogOdds
{
    /// <summary>α0 used by default: the corpus's word shares weigh as this many words.</summary>
    public const double PriorSize = 10_000;

    /// <summary>The smallest prior count a term gets (a term the corpus never saw still has a finite variance).</summary>
    private const double MinimumPrior = 1e-3;

    /// <summary>The z-score of the log-odds difference (the paper's statistic: δ over its standard deviation).</summary>
    /// <param name="mine">Uses of the term by the speaker.</param>
    /// <param name="myTotal">All the speaker's words.</param>
    /// <param name="theirs">Uses of the term by the background.</param>
    /// <param name="theirTotal">All the background's words.</param>
    /// <param name="corpusShare">The term's share of all the corpus's words (the prior's shape).</param>
    /// <param name="priorSize">α0: how many words the prior weighs as.</param>
    public static double Z(double mine, double myTotal, double theirs, double theirTotal, double corpusShare, double priorSize) =>
        Score(mine, myTotal, theirs, theirTotal, corpusShare, priorSize).Z;

    /// <summary>
    /// δ (the log-odds difference), its z-score, and the rank key z·δ. The z-score alone says how sure the
    /// difference is, and for a speaker with hundreds of thousands of words it is "sure" of tiny differences in
    /// everyday words; weighing it by the size of the difference puts the words the speaker uses far more often
    /// first, while <c>Z</c> still decides which differences count at all.
    /// </summary>
    public static LogOddsScore Score(double mine, double myTotal, double theirs, double theirTotal, double corpusShare, double priorSize)
    {
        var prior = Math.Max(priorSize * corpusShare, MinimumPrior);
        var delta = Math.Log((mine + prior) / Math.Max(myTotal + priorSize - mine - prior, prior))
            - Math.Log((theirs + prior) / Math.Max(theirTotal + priorSize - theirs - prior, prior));
        var variance = 1 / (mine + prior) + 1 / (theirs + prior);
        return new LogOddsScore(delta, delta / Math.Sqrt(variance));
    }
}
