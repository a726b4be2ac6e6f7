namespace StatementBot.Search.Storage;

/// <summary>
/// Held by the build writing a generation, for as long as it writes: a file in the generation folder opened for
/// exclusive use. The operating system lets go of it when the process ends however it ends (a SIGKILL included), so a
/// generation without a manifest whose lock nobody holds was left by a build that died, and can be deleted at once.
/// </summary>
public sealed class GenerationLock : IDisposable
{
    private const string FileName = "building.lock";

    private readonly FileStream _file;

    private GenerationLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="generation"/>; the lock file goes when it is released.</summary>
    public static GenerationLock Acquire(string generation)
    {
        var path = Path.Combine(generation, FileName);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new GenerationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (attempt < 3)
            {
                // Another process was checking this very lock (IsHeld holds it for a moment); try again.
                Thread.Yield();
            }
        }
    }

    /// <summary>Whether the lock file exists in <paramref name="generation"/> (its build started).</summary>
    public static bool Exists(string generation) => File.Exists(Path.Combine(generation, FileName));

    /// <summary>Whether a live build (in this process or another) holds the lock of <paramref name="generation"/>.</summary>
    public static bool IsHeld(string generation)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(generation, FileName), FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to judge: leave it alone.
            return true;
        }
    }

    public void Dispose() => _file.Dispose();
}
