using System.Runtime.InteropServices;

namespace StatementBot.Search.Building;

/// <summary>
/// Starts a new generation's Lucene folder from the previous one's files without copying them: Lucene never writes
/// into a file it has finished, so the two folders can share each segment file (a hard link on Unix; a copy where
/// links are not available). The commit point files (<c>segments_N</c>, <c>segments.gen</c>) are always copied, since
/// Lucene replaces them by name.
/// </summary>
internal static partial class GenerationLinks
{
    private const string CommitPrefix = "segments";

    /// <summary>Fills <paramref name="to"/> (empty) with the files of <paramref name="from"/>. Returns how many were linked.</summary>
    public static int Link(string from, string to)
    {
        Directory.CreateDirectory(to);
        var linked = 0;
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var name = Path.GetFileName(file);
            if (name == "write.lock")
            {
                continue;
            }

            var target = Path.Combine(to, name);
            if (!name.StartsWith(CommitPrefix, StringComparison.Ordinal) && TryHardLink(file, target))
            {
                linked++;
                continue;
            }

            File.Copy(file, target);
        }

        return linked;
    }

    private static bool TryHardLink(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return LinkFile(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinkFile(string existing, string link);
}
