using System.Globalization;
using StatementBot.Commands.Replies;
using StatementBot.Search.Verifying;

namespace StatementBot.Commands.Verify;

/// <summary>
/// The reply to /verify and "Find the source": the verdict in a sentence, how it was judged, and the closest
/// statements, each excerpt marking what was said but changed or left out and what the quote has instead.
/// </summary>
public static class VerifyReply
{
    private const int TitleQuote = 90;

    public const string Legend = "Each excerpt marks what was said but changed or left out, and what the quote has instead.";

    public static Reply Shape(Verification verification)
    {
        var title = $"Verify “{Shorten(verification.Claim, TitleQuote)}”";
        var facts = new List<ReplyField> { new("Verdict", VerdictLine(verification)) };
        if (verification.Matches.Any(m => m.Edits.Count > 0))
        {
            facts.Add(new ReplyField("Marks", Legend));
        }

        facts.Add(new ReplyField("How it is judged", VerdictRules.Text));
        var sections = verification.Matches.Count == 0
            ? Array.Empty<ReplySection>()
            : [new ReplySection("Closest statements", verification.Matches.Select((m, i) => new ReplyField($"#{i + 1}", Figures(m))).ToArray(), verification.Matches.Select(m => m.Hit).ToArray())];
        return new Reply(title, Summary(verification), facts, sections, null, VerifyData.From(verification));
    }

    private static string Summary(Verification verification)
    {
        if (verification.Matches.Count == 0)
        {
            var nearest = verification.Nearest > 0 ? $" (the nearest agrees on {Percent(verification.Nearest)} of the words)" : "";
            var whose = verification.Speaker is { } asked ? $" by {asked} or anyone else" : "";
            return $"Not found: no statement{whose} in the index comes close{nearest}. Check the wording, or look for a few of its words with /quote.";
        }

        var best = verification.Matches[0];
        var who = best.Hit.Speaker;
        var when = HitData.FormatDate(best.Hit.Date) is { } date ? $" on {date}" : "";
        var others = verification.Matches.Count > 1 ? $" {verification.Matches.Count - 1} more close statement{(verification.Matches.Count > 2 ? "s" : "")} below." : "";
        var sentence = best.Verdict == Verdict.Exact
            ? $"Exact: {who} said this word for word{when}."
            : $"Close, not word for word: {who} said something very like it{when} — {Changes(best)}; {Percent(best.Agreement)} of the words agree.";
        if (verification.SaidByOthers)
        {
            sentence = $"Not by {verification.Speaker}: nothing of theirs comes close, but someone else said it. " + sentence;
        }

        return sentence + others;
    }

    private static string VerdictLine(Verification verification) => verification.Verdict switch
    {
        Verdict.Exact => "exact",
        Verdict.Close => $"close ({Percent(verification.Matches[0].Agreement)} of the words agree)",
        _ => "not found",
    } + (verification.SaidByOthers ? $" — said by someone other than {verification.Speaker}" : "");

    /// <summary>"exact" or "close · 88% agree · 2 changed, 1 dropped".</summary>
    private static string Figures(VerifiedStatement match) =>
        match.Verdict == Verdict.Exact ? "exact" : $"close · {Percent(match.Agreement)} agree · {Changes(match)}";

    /// <summary>"2 words changed, 1 dropped, 1 added", naming only what happened.</summary>
    public static string Changes(VerifiedStatement match)
    {
        var parts = new List<string>();
        if (match.Changed > 0)
        {
            parts.Add($"{match.Changed} word{(match.Changed == 1 ? "" : "s")} changed");
        }

        if (match.Dropped > 0)
        {
            parts.Add($"{match.Dropped}{(parts.Count == 0 ? match.Dropped == 1 ? " word" : " words" : "")} dropped");
        }

        if (match.Added > 0)
        {
            parts.Add($"{match.Added}{(parts.Count == 0 ? match.Added == 1 ? " word" : " words" : "")} added");
        }

        return parts.Count == 0 ? "the same words" : string.Join(", ", parts);
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(flat.LastIndexOf(' ', max) is > 0 and var cut ? cut : max)] + " …";
    }
}
