using System.Globalization;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>The machine's load (runnable processes, averaged over 1, 5 and 15 minutes), as <c>uptime</c> shows it.</summary>
public sealed record LoadAverage(double One, double Five, double Fifteen)
{
    /// <summary>The current load average, or null where the system does not expose it.</summary>
    public static LoadAverage? Now()
    {
        try
        {
            if (!File.Exists("/proc/loadavg"))
            {
                return null;
            }

            var parts = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new LoadAverage(Parse(parts[0]), Parse(parts[1]), Parse(parts[2]));
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{One:0.00} {Five:0.00} {Fifteen:0.00}");

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
