using System.Security.Cryptography;
using System.Text;

namespace StatementBot.Search.Freshness;

/// <summary>
/// The corpus files as they are on disk, from file-system metadata only (no file is opened): how many, how big,
/// the newest, and a fingerprint of every path, size and modification time. Cheap enough to take at every start.
/// Hidden files and folders (names starting with '.') are not part of a corpus.
/// </summary>
/// <param name="Roots">The corpus folders (or single files) as normalised full paths, sorted.</param>
public sealed record CorpusSnapshot(
    IReadOnlyList<string> Roots,
    int FileCount,
    long TotalBytes,
    DateTimeOffset? NewestFileTime,
    string? NewestFile,
    string Fingerprint)
{
    /// <summary>Each file's size and modification time (UTC ticks) as the snapshot saw them, by full path.</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps { get; init; } = new Dictionary<string, FileStamp>();

    public static CorpusSnapshot Take(IEnumerable<string> roots)
    {
        var normalized = NormalizeRoots(roots);
        var files = new List<FileInfo>();
        foreach (var root in normalized)
        {
            if (File.Exists(root))
            {
                files.Add(new FileInfo(root));
            }
            else if (Directory.Exists(root))
            {
                Collect(new DirectoryInfo(root), files);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        FileInfo? newest = null;
        foreach (var file in files)
        {
            bytes += file.Length;
            if (newest is null || file.LastWriteTimeUtc > newest.LastWriteTimeUtc)
            {
                newest = file;
            }
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.FullName}\0{file.Length}\0{file.LastWriteTimeUtc.Ticks}\n"));
        }

        return new CorpusSnapshot(
            normalized,
            files.Count,
            bytes,
            newest is null ? null : new DateTimeOffset(newest.LastWriteTimeUtc, TimeSpan.Zero),
            newest?.FullName,
            Convert.ToHexStringLower(hash.GetHashAndReset()))
        {
            Stamps = files.ToDictionary(f => f.FullName, f => new FileStamp(f.Length, f.LastWriteTimeUtc.Ticks), StringComparer.Ordinal),
        };
    }

    /// <summary>Full paths without trailing separators, duplicates removed, in ordinal order: two lists naming the same folders compare equal.</summary>
    public static IReadOnlyList<string> NormalizeRoots(IEnumerable<string> roots) =>
        roots
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r.Trim())))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static void Collect(DirectoryInfo folder, List<FileInfo> files)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        foreach (var file in folder.EnumerateFiles("*", options))
        {
            if (!IsHidden(file, folder.FullName))
            {
                files.Add(file);
            }
        }
    }

    private static bool IsHidden(FileInfo file, string root)
    {
        var relative = Path.GetRelativePath(root, file.FullName);
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
