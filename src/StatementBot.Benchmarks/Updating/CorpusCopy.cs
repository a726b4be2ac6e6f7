using StatementBot.Corpus.Reading;

namespace StatementBot.Benchmarks.Updating;

/// <summary>
/// A corpus the update rows may change: a copy of the corpus files under the work folder, so nothing of the original
/// is ever written.
/// </summary>
internal static class CorpusCopy
{
    public static string Create(IReadOnlyList<string> roots, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (root, i) in roots.Select((r, i) => (r, i)))
        {
            var target = Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var files = Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : [root];
            foreach (var file in files)
            {
                var relative = Directory.Exists(root) ? Path.GetRelativePath(root, file) : Path.GetFileName(file);
                var copy = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        return folder;
    }

    /// <summary>Replaces <paramref name="path"/> by a new file holding the first <paramref name="share"/> of its lines.</summary>
    public static void Shorten(string path, double share)
    {
        var lines = File.ReadAllLines(path);
        var temporary = path + ".new";
        File.WriteAllLines(temporary, lines.Take(Math.Max(1, (int)(lines.Length * share))));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Puts the original back in place of a changed copy.</summary>
    public static void Restore(string original, string path)
    {
        var temporary = path + ".new";
        File.Copy(original, temporary, overwrite: true);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The corpus's document files (what the reader would read), in reading order.</summary>
    public static IReadOnlyList<string> Documents(string folder) => CorpusReader.EnumerateFiles([folder]);
}
