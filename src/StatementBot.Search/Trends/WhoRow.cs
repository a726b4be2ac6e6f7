namespace StatementBot.Search.Trends;

/// <summary>One speaker of a /who ranking.</summary>
/// <param name="ByOrganisation">An organisation (or an official the documents leave unnamed), ranked apart from people of the same name.</param>
/// <param name="Matching">The speaker's statements that match.</param>
/// <param name="Statements">All of the speaker's statements in the index (of the same kind: a person's, or an organisation's).</param>
/// <param name="First">The first date among the matching statements (null when none is dated).</param>
/// <param name="Last">The last date among the matching statements.</param>
public sealed record WhoRow(string Speaker, bool ByOrganisation, int Matching, int Statements, DateOnly? First, DateOnly? Last)
{
    /// <summary>Matching statements as a percentage of all the speaker's statements.</summary>
    public double Share => Statements <= 0 ? 0 : 100.0 * Math.Min(Matching, Statements) / Statements;
}
