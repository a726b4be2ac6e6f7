namespace StatementBot.Search.Results;

/// <summary>
/// An excerpt of a statement around the words that matched, with the matched words' places. The text is plain
/// (no markup): each front end marks <see cref="Highlights"/> its own way and escapes the rest.
/// </summary>
/// <param name="Text">The excerpt; starts/ends with "…" where it cuts the statement.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>
    /// The spans to mark, in order: neighbouring spans of one kind separated only by spaces become one phrase, so a
    /// front end marks **Mission Impossible** rather than **Mission** **Impossible**.
    /// </summary>
    public IEnumerable<TextSpan> Marks()
    {
        TextSpan? open = null;
        foreach (var span in Highlights.OrderBy(h => h.Start))
        {
            if (open is { } current && span.Kind == current.Kind && span.Start >= current.Start + current.Length &&
                Text.AsSpan(current.Start + current.Length, span.Start - current.Start - current.Length).IsWhiteSpace())
            {
                open = new TextSpan(current.Start, span.Start + span.Length - current.Start, span.Kind);
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = span;
        }

        if (open is { } last)
        {
            yield return last;
        }
    }
}
