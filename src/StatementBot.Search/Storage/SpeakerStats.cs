namespace StatementBot.Search.Storage;

/// <summary>A speaker's numbers in the index, computed when it is built.</summary>
/// <param name="DistinctiveTerms">Words and phrases that set the speaker apart from <paramref name="DistinctiveAgainst"/>,
/// most telling first, each as it is usually written ("Hong Kong", "NATO").</param>
/// <param name="DistinctiveAgainst">What the speaker was compared with: "others with the role Press Secretary",
/// "others from The White House" or "the whole corpus".</param>
public sealed record SpeakerStats(
    int Statements,
    int Documents,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<string> DistinctiveTerms,
    string? DistinctiveAgainst = null)
{
    public static SpeakerStats None { get; } = new(0, 0, null, null, []);
}
