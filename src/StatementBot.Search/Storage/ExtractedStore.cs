using StatementBot.Corpus.Loading;

namespace StatementBot.Search.Storage;

/// <summary>
/// The extractions kept beside the index (<c>extracted/KEY.bin</c>), one per corpus file that gave a document, named
/// by its <see cref="FileKeys.Key"/>: an update reads these instead of reading and attributing unchanged files again.
/// Entries never change once written (written to a temporary name, then renamed), so every generation can share them,
/// except that one of an older layout is written again; a missing or unreadable one only means its file is read again.
/// </summary>
public sealed class ExtractedStore(string folder)
{
    private const string Extension = ".bin";

    /// <summary>An entry nobody lists is left this long: an update in another process may have just written it.</summary>
    private static readonly TimeSpan UnlistedGrace = TimeSpan.FromMinutes(10);

    public string Folder { get; } = folder;

    public ExtractedFile? Read(string key)
    {
        try
        {
            using var stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16);
            return ExtractedFileCodec.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="file"/> under <paramref name="key"/> unless it is already kept in the codec's current layout;
    /// flushed to the disk. An entry written in an older layout is replaced, so a cache kept by an older version is
    /// rebuilt as its files are read again rather than read again at every update.
    /// </summary>
    public void Write(string key, ExtractedFile file)
    {
        var path = PathOf(key);
        if (IsCurrent(path))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                ExtractedFileCodec.Write(stream, file);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes the entries (and unfinished writes) no key in <paramref name="listed"/> names, once past a grace period.</summary>
    public void DeleteUnlisted(IEnumerable<string> listed)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var keep = listed.Select(PathOf).ToHashSet(StringComparer.Ordinal);
        var before = DateTime.UtcNow - UnlistedGrace;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (!keep.Contains(file) && File.GetLastWriteTimeUtc(file) < before)
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use or not ours to delete; the next update tries again.
            }
        }
    }

    private static bool IsCurrent(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1);
            return ExtractedFileCodec.IsCurrent(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string PathOf(string key) => Path.Combine(Folder, key + Extension);
}
