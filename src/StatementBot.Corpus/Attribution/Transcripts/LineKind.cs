namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>What one paragraph of a transcript is.</summary>
internal enum LineKind
{
    /// <summary>A reporter asks (<c>Q</c>, <c>Q:</c>, an outlet's name, "Follow-up:").</summary>
    Question,

    /// <summary>A named speaker's turn begins (<c>MS. JEAN-PIERRE:</c>, <c>Zhao Lijian:</c>, <c>A:</c>).</summary>
    Turn,

    /// <summary>Someone whose words are not statements speaks: the audience, an operator, a moderator.</summary>
    Crowd,

    /// <summary>A paragraph without a label: it continues whoever is speaking.</summary>
    Text,

    /// <summary>Time stamps, stage directions, separators: ignored entirely.</summary>
    Furniture,
}
