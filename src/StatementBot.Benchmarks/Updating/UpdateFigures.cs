namespace StatementBot.Benchmarks.Updating;

/// <summary>
/// How long the index takes to follow the corpus: one changed file updated in a running process (the median of
/// <see cref="OneFileSeconds"/>), the first update of a process (which reads every kept extraction from the disk), and
/// a file dropped into a watched folder until a search finds it.
/// </summary>
/// <param name="Steps">Where the median update's time went (reading, corpus-wide steps, Lucene, publishing).</param>
/// <param name="StatisticsSeconds">The follow-up publish of distinctive terms and phrases after an update.</param>
/// <param name="DropSeconds">Empty when no watcher was wired in (<see cref="DropNote"/> says why).</param>
public sealed record UpdateFigures(
    int Files,
    double FirstSeconds,
    IReadOnlyList<double> OneFileSeconds,
    string Steps,
    double StatisticsSeconds,
    IReadOnlyList<double> DropSeconds,
    string? DropNote)
{
    public double MedianSeconds => Median(OneFileSeconds);

    public double? DropMedianSeconds => DropSeconds.Count > 0 ? Median(DropSeconds) : null;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
