using StatementBot.Commands.Replies;
using StatementBot.Search.Verifying;

namespace StatementBot.Commands.Verify;

/// <summary>The stable JSON shape of a /verify reply.</summary>
/// <param name="Verdict">exact, close or not_found.</param>
/// <param name="Nearest">The best agreement of any statement checked (0–1), also below close.</param>
/// <param name="Rule">How the verdict is judged, in words.</param>
internal sealed record VerifyData(
    string Claim,
    int Words,
    string Verdict,
    double Nearest,
    string? Speaker,
    bool SaidByOthers,
    string Rule,
    IReadOnlyList<VerifyData.MatchData> Matches)
{
    public static VerifyData From(Verification verification) => new(
        verification.Claim,
        verification.Words,
        Name(verification.Verdict),
        Math.Round(verification.Nearest, 3),
        verification.Speaker,
        verification.SaidByOthers,
        VerdictRules.Text,
        verification.Matches.Select(m => new MatchData(
            Name(m.Verdict),
            Math.Round(m.Agreement, 3),
            m.Same,
            m.Changed,
            m.Dropped,
            m.Added,
            m.Edits.Select(e => new EditData(e.Kind.ToString().ToLowerInvariant(), e.Said, e.Claimed)).ToArray(),
            HitData.From(m.Hit))).ToArray());

    private static string Name(Search.Verifying.Verdict verdict) => verdict switch
    {
        Search.Verifying.Verdict.Exact => "exact",
        Search.Verifying.Verdict.Close => "close",
        _ => "not_found",
    };

    /// <param name="Hit">The statement; its snippet marks [-said-] and {+claimed+} words.</param>
    internal sealed record MatchData(
        string Verdict,
        double Agreement,
        int Same,
        int Changed,
        int Dropped,
        int Added,
        IReadOnlyList<EditData> Edits,
        HitData Hit);

    /// <param name="Kind">changed, dropped or added.</param>
    internal sealed record EditData(string Kind, string? Said, string? Claimed);
}
