using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Results;

/// <summary>Who a speaker is in the corpus: counts, first and last date, distinctive words, and top statements.</summary>
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
    /// <summary>What <see cref="DistinctiveTerms"/> were found against ("others with the role Press Secretary"), when known.</summary>
    public string? DistinctiveAgainst { get; init; }
}
