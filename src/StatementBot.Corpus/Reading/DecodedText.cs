namespace StatementBot.Corpus.Reading;

/// <summary>The step every text format shares: bytes decoded (see <see cref="SourceText"/>), then parsed as text.</summary>
internal static class DecodedText
{
    /// <param name="markup">True for formats that hold HTML, whose nesting depth is checked before parsing.</param>
    public static ReadResult Read(string path, ReadOnlyMemory<byte> bytes, bool markup, Func<string, string, ReadResult> parse)
    {
        if (SourceText.Decode(bytes.Span, out var reason) is not { } text)
        {
            return ReadResult.Skip(path, reason);
        }

        if (markup && MarkupDepth.Of(text, MarkupDepth.Limit + 1) > MarkupDepth.Limit)
        {
            return ReadResult.Skip(path, $"HTML nested too deeply (over {MarkupDepth.Limit:N0} elements open at once)");
        }

        return parse(path, text);
    }
}
