using System.Globalization;

namespace StatementBot.Search.Storage;

/// <summary>
/// Where things live under an index folder. Each build writes a generation folder (<c>gen-…/</c> holding
/// <c>lucene/</c>, <c>manifest.json</c>, <c>speakers.json</c>, <c>phrases.json</c>); the file <c>CURRENT</c> names the generation in use
/// and is replaced atomically, so readers only ever see complete generations.
/// </summary>
public sealed class IndexLayout(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string GenerationPrefix = "gen-";

    public string Root { get; } = Path.GetFullPath(root);

    public static string LuceneFolder(string generation) => Path.Combine(generation, "lucene");

    public static string ManifestFile(string generation) => Path.Combine(generation, "manifest.json");

    public static string SpeakersFile(string generation) => Path.Combine(generation, "speakers.json");

    public static string PhrasesFile(string generation) => Path.Combine(generation, "phrases.json");

    /// <summary>The folder of the generation in use, or null when none was ever published.</summary>
    public string? CurrentGeneration()
    {
        var pointer = Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return null;
        }

        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Creates an empty folder for a new generation; nothing reads it until it is published.</summary>
    public string CreateGeneration()
    {
        Directory.CreateDirectory(Root);
        var name = GenerationPrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Makes <paramref name="generation"/> the one in use (an atomic rename of the pointer file).</summary>
    public void Publish(string generation)
    {
        var pointer = Path.Combine(Root, CurrentFile);
        var temporary = pointer + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temporary, Path.GetFileName(generation));
        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>
    /// Deletes generations no one should need: all but the current one and <paramref name="keep"/> (the one just
    /// replaced, which open readers may still use). Unfinished generations are left alone for an hour, since another
    /// build may be writing them.
    /// </summary>
    public void DeleteOldGenerations(string? keep)
    {
        var current = CurrentGeneration();
        foreach (var folder in Directory.EnumerateDirectories(Root, GenerationPrefix + "*"))
        {
            if (SamePath(folder, current) || SamePath(folder, keep))
            {
                continue;
            }

            var finished = File.Exists(ManifestFile(folder));
            if (!finished && Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddHours(-1))
            {
                continue;
            }

            DeleteQuietly(folder);
        }
    }

    /// <summary>Removes a generation that failed to build.</summary>
    public static void Discard(string generation) => DeleteQuietly(generation);

    private static bool SamePath(string a, string? b) =>
        b is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A reader still holds files open (Windows refuses to delete them); the next build tries again.
        }
    }
}
