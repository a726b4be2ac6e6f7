namespace StatementBot.Search.Analysis;

/// <summary>
/// One name in a group of <see cref="Equivalents"/>, as the table writes it, and the tokens it is matched by: the
/// exact tokens of its words, with an acronym written in capitals kept as the acronym ("UN Security Council" is
/// UN, security, council).
/// </summary>
/// <param name="Acronyms">For each token, the acronym it must be (in capitals), or null for an ordinary word.</param>
internal sealed record Equivalent(string Written, IReadOnlyList<string> Tokens, IReadOnlyList<string?> Acronyms)
{
    /// <summary>The keys a query's words are compared with: the acronym where there is one, else the exact token.</summary>
    public IEnumerable<string> Keys => Tokens.Select((token, i) => Acronyms[i] ?? token);
}
