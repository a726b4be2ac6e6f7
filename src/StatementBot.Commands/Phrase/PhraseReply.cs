using System.Globalization;
using StatementBot.Commands.Replies;
using StatementBot.Search.Phrases;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Phrase;

/// <summary>The reply to /phrase: counts and dates as facts, the top speakers, the years, and the first and latest uses.</summary>
public static class PhraseReply
{
    public static Reply Shape(PhraseLife life, int topSpeakers)
    {
        var title = $"“{life.Phrase}”" + (life.Speaker is { } speaker ? $" by {speaker}" : "");
        var data = PhraseData.From(life);
        if (life.Total == 0)
        {
            var whose = life.Speaker is { } asked ? $" of {asked}'s" : "";
            return new Reply(title, $"No statement{whose} says “{life.Phrase}” word for word. Try fewer words, or /quote for the words in any order.", [], [], null, data);
        }

        var span = life.First is { } first && life.Last is { } last
            ? first == last ? $"on {Day(first)}" : $"from {Day(first)} to {Day(last)}"
            : "on no dated day";
        var statements = life.Total == 1 ? "1 statement" : $"{life.Total:N0} statements";
        var people = life.Speakers.Count == 1 ? "1 speaker" : $"{life.Speakers.Count:N0} speakers";
        var summary = $"Said in {statements} by {people}, {span}."
            + (life.Undated > 0 ? $" {life.Undated:N0} of them undated." : "");
        var facts = new List<ReplyField>
        {
            new("Statements", life.Total.ToString("N0", CultureInfo.InvariantCulture)),
            new("First – last", life.First is { } f && life.Last is { } l ? $"{Day(f)} – {Day(l)}" : "undated"),
            new("By", Speakers(life.Speakers, topSpeakers)),
        };
        if (life.Years.Count > 0)
        {
            facts.Add(new ReplyField("Per year", string.Join(" · ", life.Years.Select(y => $"{y.Year}: {y.Statements:N0}"))));
        }

        var sections = new List<ReplySection>();
        if (life.FirstHit is { } firstHit)
        {
            sections.Add(new ReplySection(life.LatestHit is null ? "The only dated use" : "First use", [], [firstHit]));
        }

        if (life.LatestHit is { } latestHit)
        {
            sections.Add(new ReplySection("Latest use", [], [latestHit]));
        }

        return new Reply(title, summary, facts, sections, null, data);
    }

    /// <summary>"Geng Shuang 12 (2019-01-02 – 2019-12-30) · Hua Chunying 9 (…) · 3 more speakers: 5".</summary>
    private static string Speakers(IReadOnlyList<PhraseSpeaker> speakers, int top)
    {
        var shown = speakers.Take(top).Select(s => $"{s.Name} {s.Statements:N0}" + (Span(s) is { } span ? $" ({span})" : ""));
        var rest = speakers.Skip(top).ToArray();
        var more = rest.Length == 0 ? "" : $"\n{rest.Length:N0} more speaker{(rest.Length == 1 ? "" : "s")}: {rest.Sum(s => s.Statements):N0}";
        return string.Join("\n", shown) + more;
    }

    private static string? Span(PhraseSpeaker speaker) => speaker.First is { } first && speaker.Last is { } last
        ? first == last ? Day(first) : $"{Day(first)} – {Day(last)}"
        : null;

    private static string Day(DateOnly date) => HitData.FormatDate(date)!;

    /// <summary>The stable JSON shape of a /phrase reply.</summary>
    private sealed record PhraseData(
        string Phrase,
        string? Speaker,
        int Total,
        int Undated,
        string? First,
        string? Last,
        IReadOnlyList<SpeakerData> Speakers,
        IReadOnlyList<YearData> Years,
        HitData? FirstUse,
        HitData? LatestUse)
    {
        public static PhraseData From(PhraseLife life) => new(
            life.Phrase,
            life.Speaker,
            life.Total,
            life.Undated,
            HitData.FormatDate(life.First),
            HitData.FormatDate(life.Last),
            life.Speakers.Select(s => new SpeakerData(s.Name, s.Statements, HitData.FormatDate(s.First), HitData.FormatDate(s.Last))).ToArray(),
            life.Years.Select(y => new YearData(y.Year, y.Statements)).ToArray(),
            Hit(life.FirstHit),
            Hit(life.LatestHit ?? life.FirstHit));

        private static HitData? Hit(StatementHit? hit) => hit is null ? null : HitData.From(hit);
    }

    private sealed record SpeakerData(string Name, int Statements, string? First, string? Last);

    private sealed record YearData(int Year, int Statements);
}
