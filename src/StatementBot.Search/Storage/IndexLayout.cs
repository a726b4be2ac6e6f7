using System.Globalization;

namespace StatementBot.Search.Storage;

/// <summary>
/// Where things live under an index folder. Each build writes a generation folder (<c>gen-…/</c> holding
/// <c>lucene/</c>, <c>manifest.json</c>, <c>speakers.json</c>, <c>phrases.json</c>) while holding its
/// <see cref="GenerationLock"/>; the file <c>CURRENT</c> names the generation in use and is replaced by one atomic
/// rename, so readers only ever see complete generations, and a build killed at any moment leaves the previous one in use.
/// </summary>
public sealed class IndexLayout(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string GenerationPrefix = "gen-";
    private const string TemporarySuffix = ".tmp";
    private const string TrashPrefix = "trash-";

    /// <summary>
    /// A generation folder without a lock file is left alone this long: its build may be between creating the
    /// folder and taking the lock. Pointer files being written are as young.
    /// </summary>
    private static readonly TimeSpan StartingGrace = TimeSpan.FromMinutes(1);

    public string Root { get; } = Path.GetFullPath(root);

    public static string LuceneFolder(string generation) => Path.Combine(generation, "lucene");

    public static string ManifestFile(string generation) => Path.Combine(generation, "manifest.json");

    public static string SpeakersFile(string generation) => Path.Combine(generation, "speakers.json");

    public static string PhrasesFile(string generation) => Path.Combine(generation, "phrases.json");

    public static string IndexedFilesFile(string generation) => Path.Combine(generation, "files.json");

    /// <summary>The extractions kept for updates, shared by the generations (<see cref="ExtractedStore"/>).</summary>
    public string ExtractedFolder => Path.Combine(Root, "extracted");

    /// <summary>The folder of the generation in use, or null when none was ever published (or the pointer is unreadable).</summary>
    public string? CurrentGeneration()
    {
        var pointer = Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !name.StartsWith(GenerationPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>
    /// Creates an empty folder for a new generation and takes its lock; nothing reads the folder until it is
    /// published, and nothing deletes it while the lock is held.
    /// </summary>
    public (string Folder, GenerationLock Lock) CreateGeneration()
    {
        Directory.CreateDirectory(Root);
        var name = GenerationPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        try
        {
            return (folder, GenerationLock.Acquire(folder));
        }
        catch
        {
            DeleteQuietly(folder);
            throw;
        }
    }

    /// <summary>
    /// Makes <paramref name="generation"/> the one in use: the new pointer is written to a temporary file, flushed to
    /// the disk, and renamed over <c>CURRENT</c> (one atomic step: a reader or a crash sees the old name or the new).
    /// </summary>
    public void Publish(string generation)
    {
        var pointer = Path.Combine(Root, CurrentFile);
        var temporary = pointer + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix;
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(generation));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>
    /// Deletes generations no one should need: all but the current one and <paramref name="keep"/> (the one just
    /// replaced, which open readers may still use), except those a live build is writing.
    /// </summary>
    public void DeleteOldGenerations(string? keep)
    {
        var current = CurrentGeneration();
        foreach (var folder in Generations())
        {
            if (SamePath(folder, current) || SamePath(folder, keep) || GenerationLock.IsHeld(folder))
            {
                continue;
            }

            if (File.Exists(ManifestFile(folder)) || IsAbandoned(folder))
            {
                DeleteQuietly(folder);
            }
        }

        DeleteLeftovers();
    }

    /// <summary>
    /// Deletes what builds that died left behind (unfinished generations nobody is writing, pointer files never
    /// renamed), so that builds killed again and again do not fill the disk. Finished generations stay.
    /// </summary>
    public void DeleteAbandonedBuilds()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        try
        {
            var current = CurrentGeneration();
            foreach (var folder in Generations())
            {
                if (!SamePath(folder, current) && !File.Exists(ManifestFile(folder)) && IsAbandoned(folder))
                {
                    DeleteQuietly(folder);
                }
            }

            DeleteLeftovers();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An index folder that cannot be cleaned now (read-only, copied to this machine) still serves; a build
            // that can write it cleans it.
        }
    }

    /// <summary>Removes a generation that failed to build.</summary>
    public static void Discard(string generation) => DeleteQuietly(generation);

    private IEnumerable<string> Generations() =>
        Directory.Exists(Root) ? Directory.EnumerateDirectories(Root, GenerationPrefix + "*").ToArray() : [];

    /// <summary>An unfinished generation whose build is gone: its lock is free, or it never took one and is not new.</summary>
    private static bool IsAbandoned(string folder) =>
        GenerationLock.Exists(folder)
            ? !GenerationLock.IsHeld(folder)
            : Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow - StartingGrace;

    /// <summary>Deleted generations a kill interrupted, and pointer files a kill kept from being renamed.</summary>
    private void DeleteLeftovers()
    {
        DeleteTrash();
        foreach (var file in Directory.EnumerateFiles(Root, CurrentFile + ".*" + TemporarySuffix))
        {
            if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - StartingGrace)
            {
                try
                {
                    File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Gone already, or not ours to delete; the next build tries again.
                }
            }
        }
    }

    private static bool SamePath(string a, string? b) =>
        b is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    /// <summary>
    /// Renames the folder out of the generations first (one atomic step), then deletes it: a process killed while
    /// deleting leaves a <c>trash-…</c> folder, which any later clean-up removes, never a generation half gone.
    /// </summary>
    private static void DeleteQuietly(string folder)
    {
        try
        {
            var trash = Path.Combine(Path.GetDirectoryName(folder)!, TrashPrefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.Move(folder, trash);
            Directory.Delete(trash, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A reader still holds files open (Windows refuses to move or delete them); the next build tries again.
        }
    }

    private void DeleteTrash()
    {
        foreach (var trash in Directory.EnumerateDirectories(Root, TrashPrefix + "*").ToArray())
        {
            try
            {
                Directory.Delete(trash, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another clean-up is deleting it, or it is not ours to delete; the next one tries again.
            }
        }
    }
}
