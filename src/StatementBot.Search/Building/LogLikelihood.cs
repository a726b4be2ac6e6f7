namespace StatementBot.Search.Building;

/// <summary>
/// Dunning's log-likelihood ratio (G²) for a word used <c>a</c> times in <c>c</c> words of one speaker and
/// <c>b</c> times in <c>d</c> words of everyone else: how surprising the speaker's use is. Zero when the speaker
/// uses the word no more often than the rest.
/// </summary>
internal static class LogLikelihood
{
    public static double Overuse(long a, long b, long c, long d)
    {
        if (a == 0 || c == 0 || (d > 0 && (double)a / c <= (double)b / d))
        {
            return 0;
        }

        var total = (double)(c + d);
        var expectedA = c * (a + b) / total;
        var expectedB = d * (a + b) / total;
        var g = a * Math.Log(a / expectedA);
        if (b > 0)
        {
            g += b * Math.Log(b / expectedB);
        }
        return 2 * g;
    }
}
