using System.Text.RegularExpressions;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Results;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// Statements for the fake command handlers, cut verbatim from the seed documents in <c>index/corpus</c> (and, for
/// a statement longer than an embed allows, from a White House briefing in ../shared), plus one clearly fictional
/// speaker whose text exercises markdown and mentions.
/// </summary>
public static class TestCorpus
{
    public const string WuQianFile = "000_dc5d1ebfafa3b868.txt";
    public const string TanFile = "003_66b6f5c84722ec5d.txt";
    public const string FictionalSpeaker = "Ada Quill";

    /// <summary>Fictional text: markdown characters and mention syntax that must neither format nor ping.</summary>
    public const string FictionalText =
        "Attention @everyone and @here: the *fictional* Ministry_of_Examples posts its notice at <@123456789012345678> " +
        "under # heading, ~~not~~ `code`, > quote, [a link](https://example.invalid) and ||a spoiler||.";

    private static readonly Lazy<IReadOnlyList<StatementHit>> SeedsLazy = new(LoadSeeds);

    /// <summary>Wu Qian's passage, Tan Kefei's direct quote, Tan's reported statements, and the fictional one.</summary>
    public static IReadOnlyList<StatementHit> Seeds => SeedsLazy.Value;

    public static StatementHit WuQian => Seeds.Single(s => s.Id == "seed-wu-qian");

    public static StatementHit TanQuote => Seeds.Single(s => s.Id == "seed-tan-quote");

    public static StatementHit Fictional => Seeds.Single(s => s.Speaker == FictionalSpeaker);

    public static SpeakerRegistry Speakers { get; } = SpeakerRegistry.FromEntries(
    [
        new SpeakerEntry("Wu Qian", ["Qian"], ["spokesperson of PRC Ministry of Defense"]),
        new SpeakerEntry("Tan Kefei", ["Tan"], ["spokesperson for China's Ministry of National Defense"]),
        new SpeakerEntry(FictionalSpeaker, [], ["Spokesperson of the fictional Ministry of Examples"]),
        .. Enumerable.Range(1, 40).Select(n => new SpeakerEntry($"Fictional Spokesperson {n:00}", [], ["fictional"])),
    ]);

    /// <summary>The statement with the words of <paramref name="query"/> marked as highlights, like a search hit.</summary>
    public static StatementHit Highlight(StatementHit hit, string? query)
    {
        var spans = new List<TextSpan>();
        foreach (var word in (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (Match match in Regex.Matches(hit.Text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase))
            {
                spans.Add(new TextSpan(match.Index, match.Length));
            }
        }

        return hit with { Snippet = new Snippet(hit.Text, spans) };
    }

    /// <summary>
    /// Jen Psaki's opening statement of the 20 January 2021 briefing (over 4096 characters), verbatim with the
    /// hard line wraps joined; null when ../shared is absent.
    /// </summary>
    public static StatementHit? PsakiOpening()
    {
        if (!SharedData.Available)
        {
            return null;
        }

        var path = SharedData.SharedPath("corpora", "wh-briefings", "press-briefings", "2021-01",
            "2021-01-20-press-briefing-by-press-secretary-jen-psaki-january-20-2021.md");
        var lines = File.ReadAllLines(path);
        var start = Array.FindIndex(lines, l => l.StartsWith("MS. PSAKI:", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith('Q') && l.Length > 1 && !char.IsLetter(l[1]));
        var text = string.Join(" ", lines[start..end].Select(l => l.Trim()).Where(l => l.Length > 0))["MS. PSAKI:".Length..].Trim();
        text = Regex.Replace(text, @"\s+", " ");
        return new StatementHit(
            "wh-2021-01-20-psaki-1", "Jen Psaki", "Press Secretary", StatementKind.Turn, text, new Snippet(text, []), null,
            "Press Briefing by Press Secretary Jen Psaki, January 20, 2021", new DateOnly(2021, 1, 20), "The White House",
            "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/01/20/press-briefing-by-press-secretary-jen-psaki-january-20-2021/",
            path, 1f);
    }

    private static IReadOnlyList<StatementHit> LoadSeeds()
    {
        var wuPath = Path.Combine(SharedData.DefaultCorpus, WuQianFile);
        var wuDoc = File.ReadAllText(wuPath).Replace("\r\n", "\n");
        var wuStart = wuDoc.IndexOf("Wu Qian: \"", StringComparison.Ordinal) + "Wu Qian: ".Length;
        var wuEnd = wuDoc.IndexOf("\n\nShare this Clip:", wuStart, StringComparison.Ordinal);
        var wuText = wuDoc[wuStart..wuEnd].Trim();
        const string wuTitle = "Chinese Ministry Of Defense Spokesman Wu Qian: Containing China – Mission Impossible; We Hope That The New U.S. Administration Will Make 'Joint Efforts' With China";

        var tanPath = Path.Combine(SharedData.DefaultCorpus, TanFile);
        var tanParagraphs = File.ReadAllText(tanPath).Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).ToArray();
        var quoteParagraph = tanParagraphs.Single(p => p.Contains("Tan pointed out", StringComparison.Ordinal));
        var open = quoteParagraph.IndexOf('“');
        var quote = quoteParagraph[(open + 1)..quoteParagraph.IndexOf('”', open)].TrimEnd(',');
        var reported = tanParagraphs.Where(p => Regex.IsMatch(p, @"Tan (said|stated)")).ToArray();
        const string tanTitle = "China hopes US will face reality and handle bilateral ties correctly";
        const string tanRole = "spokesperson for China's Ministry of National Defense";

        var hits = new List<StatementHit>
        {
            new("seed-wu-qian", "Wu Qian", "spokesperson of PRC Ministry of Defense", StatementKind.Direct, wuText, new Snippet(wuText, []), null,
                wuTitle, new DateOnly(2021, 1, 28), "MEMRI", null, wuPath, 1f),
            new("seed-tan-quote", "Tan Kefei", tanRole, StatementKind.Direct, quote, new Snippet(quote, []), null,
                tanTitle, new DateOnly(2020, 9, 24), "China Military Online", null, tanPath, 1f),
        };
        hits.AddRange(reported.Select((text, i) => new StatementHit(
            $"seed-tan-reported-{i + 1}", "Tan Kefei", tanRole, StatementKind.Reported, text, new Snippet(text, []), null,
            tanTitle, new DateOnly(2020, 9, 24), "China Military Online", null, tanPath, 1f)));
        hits.Add(new StatementHit(
            "fictional-ada-quill-1", FictionalSpeaker, "Spokesperson of the fictional Ministry of Examples", StatementKind.Direct, FictionalText,
            new Snippet(FictionalText, []), "Will the fictional ministry publish its notice?", "A fictional briefing of the Ministry of Examples",
            new DateOnly(2024, 1, 1), "Fictional Gazette", "https://example.invalid/briefing?id=1", "fictional", 1f));
        return hits;
    }
}
