using System.Security.Cryptography;
using System.Text;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// What an extracted file depends on, as hashes: its path, its bytes, and its folder's <c>index.csv</c> (which gives
/// documents their URL). Two files with the same key extract to the same statements, so a key names a kept extraction.
/// </summary>
public static class FileKeys
{
    /// <summary>Bumped whenever reading or attribution changes what a file gives: every kept extraction is redone.</summary>
    public const int ExtractionVersion = 3;

    /// <summary>The SHA-256 of the file's bytes (hex); null when it cannot be read.</summary>
    public static string? ContentHash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The hash of the folder's <c>index.csv</c>, or "" when it has none (or it cannot be read).</summary>
    public static string FolderHash(string folder) =>
        ContentHash(Path.Combine(folder, CorpusFiles.IndexFileName)) ?? string.Empty;

    public static string Key(string path, string contentHash, string folderHash)
    {
        var text = $"{ExtractionVersion}\0{path}\0{contentHash}\0{folderHash}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
    }

    /// <summary>
    /// How a document stands in the index: its key (everything extraction gives) and each statement's canonical
    /// speaker and role (what the corpus-wide registry makes of them). Equal signatures, equal indexed statements.
    /// </summary>
    public static string Signature(string key, IReadOnlyList<Statement> canonical)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(key));
        foreach (var statement in canonical)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{statement.Speaker}\0{statement.Role}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..40];
    }
}
