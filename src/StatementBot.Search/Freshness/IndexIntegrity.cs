using System.Globalization;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Freshness;

/// <summary>
/// Whether a generation's Lucene files are still the ones its build committed: each one present, with its length
/// and the checksum in its footer. A few small reads per file, cheap enough for every start; a file overwritten in
/// the middle with the same length and footer is found only when Lucene reads that part.
/// </summary>
public static class IndexIntegrity
{
    /// <summary>What is wrong with the files, in a few words; null when they are as written.</summary>
    public static string? Problem(string generation, IndexManifest manifest)
    {
        var folder = IndexLayout.LuceneFolder(generation);
        foreach (var file in manifest.LuceneFiles)
        {
            var path = Path.Combine(folder, file.Name);
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    return $"{file.Name} is missing";
                }

                if (info.Length != file.Length)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{file.Name} is {info.Length:N0} bytes, {file.Length:N0} when written");
                }

                if ((IndexFileRecord.ChecksumOf(path) ?? 0) != file.Checksum)
                {
                    return $"{file.Name} does not end as written (its checksum changed)";
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{file.Name} cannot be read ({e.Message})";
            }
        }

        return null;
    }
}
