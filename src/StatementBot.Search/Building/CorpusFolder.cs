namespace StatementBot.Search.Building;

/// <summary>
/// Where a file stands in the corpus: the corpus folder it belongs to, as the <c>source</c> filter names it, and its
/// path within the corpus, which names it the same on every machine.
/// </summary>
public static class CorpusFolder
{
    /// <summary>
    /// The first folder under the corpus root the file was found in (<c>wikinews</c> for
    /// <c>corpora/wikinews/2020/x.txt</c> when <c>corpora</c> is the root), or the root's own name for a file directly
    /// inside it (<c>corpus</c> for the seed documents in <c>index/corpus</c>).
    /// </summary>
    public static string? Of(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        if (Within(full, roots) is not var (top, relative))
        {
            // A file given as a root of its own: its folder's name.
            return Path.GetFileName(Path.GetDirectoryName(full));
        }

        var cut = relative.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return cut > 0 ? relative[..cut] : Path.GetFileName(top);
    }

    /// <summary>
    /// The file as its corpus names it, the same on every machine: the corpus root's folder name and the path below it
    /// ("corpora/wikinews/2020/x.txt"), the file's own name when it was given as a root, else its full path.
    /// </summary>
    public static string Key(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        if (Within(full, roots) is var (top, relative))
        {
            return (Path.GetFileName(top) + "/" + relative).Replace('\\', '/');
        }
        return (roots.Any(root => string.Equals(Top(root), full, StringComparison.Ordinal)) ? Path.GetFileName(full) : full).Replace('\\', '/');
    }

    /// <summary>The first root <paramref name="full"/> lies under, without a trailing separator, and the path below it.</summary>
    private static (string Top, string Relative)? Within(string full, IReadOnlyList<string> roots)
    {
        foreach (var root in roots)
        {
            var top = Top(root);
            var relative = Path.GetRelativePath(top, full);
            if (relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return (top, relative);
            }
        }
        return null;
    }

    private static string Top(string root) => Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
