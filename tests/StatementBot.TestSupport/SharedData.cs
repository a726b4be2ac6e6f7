namespace StatementBot.TestSupport;

/// <summary>
/// Locates the read-only material shared beside the repository (<c>../shared</c>) and the repository itself.
/// Tests that need it use <see cref="SharedFactAttribute"/>: skipped with a reason on a developer machine
/// without it, failing loudly in CI (<c>CI=true</c>) where it must be present.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    public static string RepoRoot => RepoRootLazy.Value;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? RootOrNull
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "corpora")) ? candidate : null;
        }
    }

    public static bool Available => RootOrNull is not null;

    /// <summary>The shared folder; throws with a clear message when it is missing.</summary>
    public static string Root => RootOrNull ?? throw new InvalidOperationException(
        $"The shared material was not found at {Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"))}; " +
        "clone the repository beside it (CI must have it).");

    public static string Corpora => Path.Combine(Root, "corpora");

    public static string SharedPath(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The default corpus shipped in the repository (the two seed documents).</summary>
    public static string DefaultCorpus => Path.Combine(RepoRoot, "index", "corpus");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatementBot.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("StatementBot.sln not found above " + AppContext.BaseDirectory);
    }
}
