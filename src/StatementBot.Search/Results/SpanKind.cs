namespace StatementBot.Search.Results;

/// <summary>What a marked span of a snippet is: a word the query matched, or one side of a word-level difference.</summary>
public enum SpanKind
{
    /// <summary>A word the query matched (shown in bold).</summary>
    Match,

    /// <summary>Words the claimed quote has that the statement does not (/verify).</summary>
    Added,

    /// <summary>Words of the statement the claimed quote leaves out or changes (/verify).</summary>
    Dropped,
}
