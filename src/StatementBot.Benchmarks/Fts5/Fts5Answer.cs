namespace StatementBot.Benchmarks.Fts5;

/// <summary>What FTS5 answered for one /quote query: the total, the page's hits with snippets, or the error.</summary>
public sealed record Fts5Answer(int Total, IReadOnlyList<Fts5Hit> Hits, string? Error)
{
    public static Fts5Answer Failed(string error) => new(0, [], error);
}
