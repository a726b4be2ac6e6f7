namespace StatementBot.Benchmarks.Building;

/// <summary>
/// One index build: how long reading the corpus and writing the index took, how much it read and wrote, and the
/// highest resident memory of the process meanwhile.
/// </summary>
/// <param name="ReadSeconds">Reading and attributing the files (zero for a generated corpus).</param>
/// <param name="IndexSeconds">Writing, merging and committing the index.</param>
/// <param name="SourceMegabytes">Source text read (for a generated corpus, the statements' text as UTF-8).</param>
public sealed record BuildFigures(
    double ReadSeconds,
    double IndexSeconds,
    double SourceMegabytes,
    int Documents,
    int Statements,
    int Speakers,
    double IndexMegabytes,
    double PeakWorkingSetMegabytes)
{
    public double TotalSeconds => ReadSeconds + IndexSeconds;

    public double MegabytesPerSecond => TotalSeconds > 0 ? SourceMegabytes / TotalSeconds : 0;

    public double StatementsPerSecond => TotalSeconds > 0 ? Statements / TotalSeconds : 0;
}
