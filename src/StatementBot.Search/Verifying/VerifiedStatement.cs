using StatementBot.Search.Results;

namespace StatementBot.Search.Verifying;

/// <summary>
/// A real statement a claim was checked against: the hit (its snippet is the matching stretch with the differences
/// marked), the verdict, how much agrees, and each difference.
/// </summary>
/// <param name="Agreement">0–1: twice the shared words over the words of the claim and of the matching stretch.</param>
/// <param name="Same">Words the claim has as said, in order.</param>
public sealed record VerifiedStatement(
    StatementHit Hit,
    Verdict Verdict,
    double Agreement,
    int Same,
    int Changed,
    int Dropped,
    int Added,
    IReadOnlyList<WordEdit> Edits);
