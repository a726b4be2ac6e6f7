namespace StatementBot.Corpus.Reading;

/// <summary>A corpus file that could not be read, with a reason fit to show in the build summary.</summary>
public sealed record SkippedFile(string Path, string Reason)
{
    /// <summary>
    /// <paramref name="text"/> on one line: line breaks and other control characters become spaces, so an exception
    /// message or a file name holding them cannot break the one-line-per-file summary.
    /// </summary>
    public static string OneLine(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] is '\u2028' or '\u2029')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }
}
