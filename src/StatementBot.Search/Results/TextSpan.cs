namespace StatementBot.Search.Results;

/// <summary>A range of characters in a snippet to mark: a matched word, or a word a claimed quote added or dropped.</summary>
public readonly record struct TextSpan(int Start, int Length, SpanKind Kind = SpanKind.Match);
