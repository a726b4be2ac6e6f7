using System.Reflection;

namespace StatementBot.Search.Analysis.Data;

/// <summary>
/// The word lists shipped inside this assembly (Analysis/Data/*.txt, embedded): each read once, as its lines without
/// comments (from '#') and blank lines.
/// </summary>
internal static class DataFile
{
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var assembly = typeof(DataFile).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var content = (comment >= 0 ? line[..comment] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }
        return lines;
    }
}
