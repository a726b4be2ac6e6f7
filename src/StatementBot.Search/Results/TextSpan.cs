namespace StatementBot.Search.Results;

/// <summary>A range of characters in a snippet (a matched word to mark).</summary>
public readonly record struct TextSpan(int Start, int Length);
