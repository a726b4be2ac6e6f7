namespace StatementBot.Search.Querying;

/// <summary>A parsed /quote query: words, phrases and prefixes combined with AND, OR and NOT.</summary>
public abstract record QueryNode
{
    /// <summary>A word, matched stemmed ("containing" finds "contain").</summary>
    public sealed record Word(string Text) : QueryNode;

    /// <summary>Words in quotes, matched in that order as written (unstemmed).</summary>
    public sealed record Phrase(string Text) : QueryNode;

    /// <summary>A word ending in * ("immigr*"): any written word that starts with it.</summary>
    public sealed record Prefix(string Text) : QueryNode;

    public sealed record Not(QueryNode Operand) : QueryNode;

    public sealed record All(IReadOnlyList<QueryNode> Operands) : QueryNode;

    public sealed record Any(IReadOnlyList<QueryNode> Operands) : QueryNode;
}
