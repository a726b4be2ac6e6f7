using StatementBot.Corpus.Speakers;
using StatementBot.Search.Querying;

namespace StatementBot.Search.Results;

/// <summary>
/// Who a speaker is in the corpus: counts, first and last date, distinctive words, and top statements.
/// <see cref="Total"/> is how many statements the list pages through; a latest list leaves out filler ("Thank you.",
/// "Go ahead.") and says how many (<see cref="LeftOut"/>), so there <c>Total + LeftOut == Statements</c>.
/// </summary>
public sealed record SpeakerProfile(
    SpeakerEntry Speaker,
    int Statements,
    int Documents,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<string> DistinctiveTerms,
    string? About,
    int Total,
    IReadOnlyList<StatementHit> Hits)
{
    /// <summary>Statements a latest list leaves out because they carry no content; 0 on a topic (filler is counted there, ranked last).</summary>
    public int LeftOut { get; init; }

    /// <summary>Where a topic's words were looked for (<see cref="About"/> only).</summary>
    public TextScope In { get; init; }

    /// <summary>What <see cref="DistinctiveTerms"/> were found against ("others with the role Press Secretary"), when known.</summary>
    public string? DistinctiveAgainst { get; init; }
}
