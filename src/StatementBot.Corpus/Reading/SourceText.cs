using System.Text;

namespace StatementBot.Corpus.Reading;

/// <summary>Turns a file's bytes into text, or says in a few words why they are not text this project reads.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The decoded text (without a byte-order mark), or null with <paramref name="reason"/> set.</returns>
    public static string? Decode(byte[] bytes, out string reason)
    {
        reason = string.Empty;
        if (bytes.Length == 0)
        {
            reason = "empty file";
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            reason = "not UTF-8 text (UTF-16)";
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            reason = "binary file (contains NUL bytes)";
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            reason = "not UTF-8 text";
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (TextCleaner.IsBlank(text))
        {
            reason = "empty file";
            return null;
        }

        return text;
    }
}
