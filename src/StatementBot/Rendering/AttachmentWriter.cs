using StatementBot.Commands.Replies;

namespace StatementBot.Rendering;

/// <summary>
/// Writes the files a reply carries where the terminal user asked (<c>--out chart.png</c>): the first file to that
/// path, any others beside it numbered (<c>chart-2.png</c>). Failures are a message, never an exception.
/// </summary>
public static class AttachmentWriter
{
    /// <summary>The paths written, one per file, or a message saying why nothing (or not everything) was written.</summary>
    public static (IReadOnlyList<string> Written, string? Problem) Write(IReadOnlyList<ReplyAttachment> files, string path)
    {
        if (files.Count == 0)
        {
            return ([], $"Nothing was written to {path}: this answer carries no file (only /trend draws a chart, and only when something matches).");
        }

        var written = new List<string>(files.Count);
        foreach (var (file, target) in files.Zip(Targets(path, files.Count)))
        {
            try
            {
                File.WriteAllBytes(target, file.Content);
                written.Add(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return (written, $"Could not write {target}: {e.Message}");
            }
        }

        return (written, null);
    }

    /// <summary>"38 kB", "1.2 MB": how big a file is, as the terminal says it.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, bytes / 1024)} kB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    private static IEnumerable<string> Targets(string path, int count)
    {
        yield return path;
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        for (var n = 2; n <= count; n++)
        {
            yield return $"{stem}-{n}{extension}";
        }
    }
}
