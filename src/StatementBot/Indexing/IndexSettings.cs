namespace StatementBot.Indexing;

/// <summary>Which corpus folders to index and where the index lives (full paths).</summary>
public sealed record IndexSettings(IReadOnlyList<string> CorpusRoots, string IndexDirectory)
{
    public const string DefaultCorpus = "index/corpus";
    public const string DefaultIndex = "index/lucene";

    public static IndexSettings From(IReadOnlyList<string>? corpus, string? index)
    {
        var roots = (corpus is { Count: > 0 } ? corpus : [DefaultCorpus])
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new IndexSettings(roots, Path.GetFullPath(index ?? DefaultIndex));
    }

    /// <summary>A short, clear message when a corpus folder does not exist; null when all do.</summary>
    public string? Problem()
    {
        var missing = CorpusRoots.Where(r => !Directory.Exists(r) && !File.Exists(r)).ToArray();
        if (missing.Length == 0)
        {
            return null;
        }

        var hint = missing.Any(m => m.EndsWith(Path.Combine("index", "corpus"), StringComparison.Ordinal))
            ? " Run from the repository root, or pass --corpus DIR."
            : "";
        return $"Corpus folder not found: {string.Join(", ", missing)}.{hint}";
    }
}
