namespace StatementBot.Corpus.Attribution;

/// <summary>How a statement came to be attributed.</summary>
public enum StatementKind
{
    /// <summary>A speaker's turn in a transcript (<c>MS. JEAN-PIERRE:</c>, <c>THE PRESIDENT:</c>).</summary>
    Turn,

    /// <summary>A spokesperson's answer to a reporter's question (<c>A:</c> after <c>Q:</c>); carries the question.</summary>
    Answer,

    /// <summary>Words quoted directly in an article.</summary>
    Direct,

    /// <summary>Reported speech in an article ("Tan said that ...").</summary>
    Reported,
}
