using System.Globalization;

namespace StatementBot.Benchmarks.Updating;

/// <summary>The update rows as a person reads them in a terminal.</summary>
public static class UpdateText
{
    public static void Write(TextWriter output, UpdateFigures figures)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"One-file update ({figures.Files:N0} documents; one file changed, then put back; {figures.OneFileSeconds.Count} updates in one process): " +
            $"median {figures.MedianSeconds:0.00} s (min {figures.OneFileSeconds.Min():0.00}, max {figures.OneFileSeconds.Max():0.00}); " +
            $"the first update of a process {figures.FirstSeconds:0.00} s; median's steps: {figures.Steps}"));
        output.WriteLine(string.Create(invariant, $"Statistics follow-up (distinctive terms, phrases over the whole corpus): {figures.StatisticsSeconds:0.0} s"));
        output.WriteLine(figures.DropMedianSeconds is { } drop
            ? string.Create(invariant, $"Drop to searchable (a file dropped into the watched folder until a search finds it, {figures.DropSeconds.Count} drops): median {drop:0.00} s (max {figures.DropSeconds.Max():0.00})")
            : $"Drop to searchable: {figures.DropNote}");
    }
}
