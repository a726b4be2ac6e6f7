namespace StatementBot.Benchmarks.Building;

/// <summary>Sizes in megabytes (10^6 bytes, as disk and network figures are given).</summary>
public static class Megabytes
{
    public static double Of(long bytes) => bytes / 1_000_000.0;

    /// <summary>The total size of the files under <paramref name="folder"/> (a file: its size; missing: zero).</summary>
    public static double OnDisk(string folder)
    {
        if (File.Exists(folder))
        {
            return Of(new FileInfo(folder).Length);
        }

        return Directory.Exists(folder)
            ? Of(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length))
            : 0;
    }
}
