namespace StatementBot.Corpus.Reading;

/// <summary>
/// Reads a file's bytes through one handle, never more than a limit: a file that grows between the listing and the
/// read (or a device that never ends) costs at most the limit, not whatever it has become.
/// </summary>
internal static class FileBytes
{
    private const int FirstBuffer = 64 * 1024;

    /// <returns>The bytes, or null when the file holds more than <paramref name="limit"/> bytes.</returns>
    public static ReadOnlyMemory<byte>? ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var expected = stream.CanSeek ? stream.Length : FirstBuffer;
        if (expected > limit)
        {
            return null;
        }

        // One byte more than the size seen, so a file that grew is noticed without a second read.
        var bytes = new byte[expected + 1];
        var total = 0;
        while (true)
        {
            if (total == bytes.Length)
            {
                if (bytes.Length > limit)
                {
                    return null;
                }

                Array.Resize(ref bytes, (int)Math.Min(limit + 1L, bytes.Length * 2L));
            }

            var read = stream.Read(bytes, total, bytes.Length - total);
            if (read == 0)
            {
                return bytes.AsMemory(0, total);
            }

            total += read;
        }
    }
}
