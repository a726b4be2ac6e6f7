namespace StatementBot.Benchmarks.Startup;

/// <summary>
/// Start-up of the program with an existing index (process start to the first answer, over several starts), and
/// the resident memory of one such process after it has answered the whole query set.
/// </summary>
/// <param name="Seconds">Each start's time to the first answer.</param>
/// <param name="ServingMegabytes">Resident memory of the serving process after the query set, still running.</param>
/// <param name="ServingPeakMegabytes">The highest resident memory that process reached.</param>
/// <param name="Answered">Answers read back from that process (one per query line sent).</param>
public sealed record StartupFigures(
    IReadOnlyList<double> Seconds,
    double ServingMegabytes,
    double ServingPeakMegabytes,
    int Answered,
    string Command)
{
    public double MedianSeconds => Seconds.Count == 0 ? 0 : Seconds.Order().ElementAt(Seconds.Count / 2);

    public double MinSeconds => Seconds.Count == 0 ? 0 : Seconds.Min();

    public double MaxSeconds => Seconds.Count == 0 ? 0 : Seconds.Max();
}
