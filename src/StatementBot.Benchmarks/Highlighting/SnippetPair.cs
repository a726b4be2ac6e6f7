namespace StatementBot.Benchmarks.Highlighting;

/// <summary>One hit's two snippets, marks written as **…**.</summary>
public sealed record SnippetPair(string Query, string SnippetBuilder, string PostingsHighlighter);
