using System.Collections.Frozen;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Loads a list of words shipped as an embedded text file (<c>Analysis/Lists/*.txt</c>: one entry a line, lowercase,
/// <c>#</c> starts a comment) into a frozen set, once.
/// </summary>
internal static class WordList
{
    public static FrozenSet<string> Load(string fileName)
    {
        var assembly = typeof(WordList).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The word list {fileName} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                words.Add(entry.ToLowerInvariant());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
