namespace StatementBot.Search.Storage;

/// <summary>A speaker's numbers in the index, computed when it is built.</summary>
/// <param name="DistinctiveTerms">Words that set the speaker apart from the rest of the corpus, most telling first.</param>
public sealed record SpeakerStats(int Statements, int Documents, DateOnly? First, DateOnly? Last, IReadOnlyList<string> DistinctiveTerms)
{
    public static SpeakerStats None { get; } = new(0, 0, null, null, []);
}
