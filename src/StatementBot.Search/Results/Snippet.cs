namespace StatementBot.Search.Results;

/// <summary>
/// An excerpt of a statement around the words that matched, with the matched words' places. The text is plain
/// (no markup): each front end marks <see cref="Highlights"/> its own way and escapes the rest.
/// </summary>
/// <param name="Text">The excerpt; starts/ends with "…" where it cuts the statement.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights);
