namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// One known-item query: words a user remembers from one paragraph, and that paragraph, named by its file and a short
/// stretch of its own text. A hit is the known item when it comes from that file and its text holds the fragment.
/// </summary>
/// <param name="Line">1-based line in the set's file (0 for an item not read from a file).</param>
/// <param name="Path">The file, relative to the corpus folder, with '/' between folders.</param>
/// <param name="Fragment">At most twelve consecutive words of the paragraph, as written.</param>
/// <param name="Query">The paragraph's rarest words, lower case, in the paragraph's order.</param>
public sealed record KnownItem(int Line, string Path, string Fragment, string Query);
