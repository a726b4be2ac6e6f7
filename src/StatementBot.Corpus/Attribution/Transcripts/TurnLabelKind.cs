namespace StatementBot.Corpus.Attribution.Transcripts;

internal enum TurnLabelKind
{
    /// <summary>A named person, perhaps with a title: <c>MS. JEAN-PIERRE</c>, <c>SECRETARY BLINKEN</c>.</summary>
    Person,

    /// <summary>A role without a name: <c>THE PRESIDENT</c>, <c>SENIOR ADMINISTRATION OFFICIAL</c>.</summary>
    Role,

    /// <summary>A voice that is not an official's statement: the audience, an operator, a moderator, an aide.</summary>
    Crowd,

    /// <summary>A reporter speaking under a label instead of <c>Q</c>.</summary>
    Reporter,
}
