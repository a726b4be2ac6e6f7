namespace StatementBot.Search.Building;

/// <summary>
/// The corpus folder a file belongs to, as the <c>source</c> filter names it: the first folder under the corpus root
/// it was found in (<c>wikinews</c> for <c>corpora/wikinews/2020/x.txt</c> when <c>corpora</c> is the root), or the
/// root's own name for a file directly inside it (<c>corpus</c> for the seed documents in <c>index/corpus</c>).
/// </summary>
public static class CorpusFolder
{
    public static string? Of(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        foreach (var root in roots)
        {
            var top = Path.GetFullPath(root);
            var relative = Path.GetRelativePath(top, full);
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            var cut = relative.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
            return cut > 0 ? relative[..cut] : Path.GetFileName(top.TrimEnd(Path.DirectorySeparatorChar));
        }

        // A file given as a root of its own: its folder's name.
        return Path.GetFileName(Path.GetDirectoryName(full));
    }

    /// <summary>
    /// The file as its corpus names it, the same on every machine: the corpus root's folder name and the path below it
    /// ("corpora/wikinews/2020/x.txt"), the file's own name when it was given as a root, else its full path.
    /// </summary>
    public static string Key(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        foreach (var root in roots)
        {
            var top = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (string.Equals(top, full, StringComparison.Ordinal))
            {
                return Path.GetFileName(full);
            }

            var relative = Path.GetRelativePath(top, full);
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }
            return (Path.GetFileName(top) + "/" + relative).Replace('\\', '/');
        }
        return full.Replace('\\', '/');
    }
}
