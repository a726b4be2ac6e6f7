using System.Buffers.Binary;
using Lucene.Net.Codecs;

namespace StatementBot.Search.Storage;

/// <summary>
/// One Lucene file of a generation as it was written: its name, length and the checksum Lucene keeps in its last
/// eight bytes. Saved in the manifest, so a start can tell in a few reads that a file is missing, truncated, grown or
/// overwritten (<see cref="Freshness.IndexIntegrity"/>) without reading the index through.
/// </summary>
public sealed record IndexFileRecord(string Name, long Length, long Checksum)
{
    /// <summary>Lucene's own lock file, which is not part of the index.</summary>
    private const string WriteLock = "write.lock";

    /// <summary>Every file of the Lucene folder, in name order.</summary>
    public static IReadOnlyList<IndexFileRecord> ListFolder(string luceneFolder) =>
        Directory.EnumerateFiles(luceneFolder)
            .Where(path => !string.Equals(Path.GetFileName(path), WriteLock, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new IndexFileRecord(Path.GetFileName(path), new FileInfo(path).Length, ChecksumOf(path) ?? 0))
            .ToArray();

    /// <summary>
    /// The checksum in a Lucene file's footer, or null when the file is too short to have one or its footer does not
    /// begin with Lucene's footer mark.
    /// </summary>
    public static long? ChecksumOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (stream.Length < CodecUtil.FooterLength())
        {
            return null;
        }

        Span<byte> footer = stackalloc byte[CodecUtil.FooterLength()];
        stream.Seek(-footer.Length, SeekOrigin.End);
        stream.ReadExactly(footer);
        // Footer: magic (int), checksum algorithm (int, 0), checksum (long), big-endian as Lucene writes.
        return BinaryPrimitives.ReadInt32BigEndian(footer) == CodecUtil.FOOTER_MAGIC
            ? BinaryPrimitives.ReadInt64BigEndian(footer[8..])
            : null;
    }
}
