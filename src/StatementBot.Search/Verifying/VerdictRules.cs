using System.Globalization;

namespace StatementBot.Search.Verifying;

/// <summary>
/// The verdict from the aligned words: <em>exact</em> when the claim's words are the statement's, in order, with
/// nothing between (case, punctuation and spelling variants aside); <em>close</em> when at least
/// <see cref="CloseAgreement"/> of the words agree (twice the shared words over the words of both the claim and the
/// stretch of the statement it matches); <em>not found</em> otherwise. A quote of 20 words with two changed and one
/// dropped agrees at 0.88; one of 8 words with the same edits at 0.67.
/// </summary>
public static class VerdictRules
{
    public const double CloseAgreement = 0.6;

    /// <summary>The rule in words, for help texts.</summary>
    public static string Text { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"exact = every word of the quote, in order, with nothing between (case and punctuation aside); close = at least {CloseAgreement * 100:0}% of the words agree (2 × shared words ÷ words of the quote and of the matching stretch); otherwise not found");

    public static Verdict Of(double agreement) =>
        agreement >= 1 ? Verdict.Exact : agreement >= CloseAgreement ? Verdict.Close : Verdict.NotFound;
}
