namespace StatementBot.Search.Verifying;

/// <summary>What /verify found for a claimed quote.</summary>
/// <param name="Claim">The text checked: the quoted passage of what was given, or all of it.</param>
/// <param name="Words">How many words the claim has.</param>
/// <param name="Verdict">The best match's verdict; <see cref="Verdict.NotFound"/> when none comes close.</param>
/// <param name="Matches">Statements that are exact or close, best first (earliest first among equals); empty when not found.</param>
/// <param name="Nearest">The best agreement of any statement checked (0–1), also when it is below close.</param>
/// <param name="Speaker">The speaker asked about (full name), if one was.</param>
/// <param name="SaidByOthers">
/// A speaker was asked about, nothing of theirs comes close, and <see cref="Matches"/> are other speakers' statements.
/// </param>
public sealed record Verification(
    string Claim,
    int Words,
    Verdict Verdict,
    IReadOnlyList<VerifiedStatement> Matches,
    double Nearest,
    string? Speaker = null,
    bool SaidByOthers = false);
