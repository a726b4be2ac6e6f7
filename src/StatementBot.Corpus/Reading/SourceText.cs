using System.Text;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Turns a file's bytes into text, or says in a few words why they are not text this project reads. Text is UTF-8;
/// a byte-order mark names another Unicode encoding (UTF-16 or UTF-32, either byte order) and is honoured, since
/// editors on some systems save transcripts that way. Decoding is strict: a byte that is not valid in the encoding
/// makes the file a skip rather than a document with replacement characters in its quotes.
/// </summary>
internal static class SourceText
{
    private static readonly (byte[] Mark, Encoding Encoding)[] Marks =
    [
        // UTF-32 LE before UTF-16 LE: its mark begins with UTF-16 LE's.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true)),
        ([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The decoded text (without a byte-order mark), or null with <paramref name="reason"/> set.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string reason)
    {
        reason = string.Empty;
        var encoding = EncodingOf(bytes, out var markLength);
        var body = bytes[markLength..];
        if (encoding is null && body.IndexOf((byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes)";
            return null;
        }

        string text;
        try
        {
            text = (encoding ?? StrictUtf8).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            reason = encoding is null ? "not UTF-8 text" : $"not {encoding.WebName} text (invalid bytes after its byte-order mark)";
            return null;
        }

        if (text.Contains('\0'))
        {
            reason = "binary file (contains NUL characters)";
            return null;
        }

        if (TextCleaner.IsBlank(text))
        {
            reason = "empty file";
            return null;
        }

        return text;
    }

    /// <summary>The encoding a byte-order mark names and the mark's length; none (UTF-8 assumed) without a mark.</summary>
    private static Encoding? EncodingOf(ReadOnlySpan<byte> bytes, out int markLength)
    {
        foreach (var (mark, encoding) in Marks)
        {
            if (bytes.StartsWith(mark))
            {
                markLength = mark.Length;
                return encoding;
            }
        }

        markLength = 0;
        return null;
    }
}
