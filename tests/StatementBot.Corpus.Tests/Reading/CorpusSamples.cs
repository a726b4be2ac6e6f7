using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Reading;

/// <summary>Named real documents from the shared corpora, read the way the loader reads them.</summary>
internal static class CorpusSamples
{
    public const string JeanPierreBriefing = "wh-briefings/press-briefings/2023-05/2023-05-01-press-briefing-by-press-secretary-karine-jean-pierre-29.md";
    public const string KirbyBriefing = "wh-briefings/press-briefings/2023-05/2023-05-04-press-briefing-by-press-secretary-karine-jean-pierre-nsc-coordinator-for-strategic-communications-john-kirby-and-omb-director-shalanda-young.md";
    public const string TypoInLabelBriefing = "wh-briefings/press-briefings/2022-05/2022-05-18-press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-advisor-jake-sullivan-may-18-2022.md";
    public const string QuillianCall = "wh-briefings/press-briefings/2024-10/2024-10-08-white-house-press-call-by-deputy-chief-of-staff-natalie-quillian-epa-administrator-michael-regan-and-a-senior-administration-official-previewing-the-president-trip-to-wisconsin.md";
    public const string BidenEconomySpeech = "wh-briefings/speeches-remarks/2021-02/2021-02-05-remarks-by-president-biden-on-the-state-of-the-economy-and-the-need-for-the-american-rescue-plan.md";
    public const string BidenMarineOneGaggle = "wh-briefings/speeches-remarks/2022-03/2022-03-23-remarks-by-president-biden-before-marine-one-departure-16.md";
    public const string BidenUnityBreakfast = "wh-briefings/speeches-remarks/2021-03/2021-03-07-pre-taped-remarks-by-president-biden-as-prepared-for-delivery-at-the-martin-coretta-scott-king-unity-breakfast.md";
    public const string FirstLadyMilitarySpouses = "wh-briefings/speeches-remarks/2023-10/2023-10-18-remarks-as-prepared-for-delivery-by-first-lady-jill-biden-at-the-2023-military-spouse-employment-partnership-new-partner-induction-ceremony.md";
    public const string HarrisEllipse = "wh-briefings/speeches-remarks/2024-10/2024-10-29-remarks-by-vice-president-harris-at-a-campaign-event-10.md";
    public const string HarrisAllCapsTitle = "wh-briefings/speeches-remarks/2021-01/2021-01-26-remarks-by-vice-president-harris-after-receiving-the-second-dose-of-the-covid-19-vaccine.md";
    public const string BodyInHtmlTable = "wh-briefings/speeches-remarks/2023-06/2023-06-09-remarks-by-president-biden-and-first-lady-jill-biden-on-career-connected-learning-and-workforce-training-programs.md";
    public const string DefenseFactSheet = "wh-briefings/speeches-remarks/2022-02/2022-02-15-fact-sheet-department-of-defense-releases-new-report-on-safeguarding-our-national-security-by-promoting-competition-in-the-defense-industrial-base.md";
    public const string GengShuang20180511 = "china-mfa/t1558711.html";
    public const string GengShuangNoYearInTitle = "china-mfa/t1593756.html";
    public const string ZhaoLijian20200703 = "china-mfa/t1794629.html";
    public const string HuaChunyingOnline20200203 = "china-mfa/t1739548.html";

    private static readonly CorpusReader Reader = new();

    public static string PathOf(string relative) => Path.Combine(SharedData.Corpora, relative);

    public static SourceDocument Read(string relative)
    {
        var result = Reader.Read(PathOf(relative));
        Assert.Null(result.Skipped);
        return result.Document!;
    }

    public static IReadOnlyList<Statement> Attribute(string relative) => new TranscriptAttributor().Attribute(Read(relative));

    /// <summary>A seed file as a plain-text document (title = first paragraph), for rules that look at paragraphs only.</summary>
    public static SourceDocument PlainTextSeed(string fileName)
    {
        var path = Path.Combine(SharedData.DefaultCorpus, fileName);
        var paragraphs = File.ReadAllText(path)
            .Replace("\r\n", "\n")
            .Split("\n\n")
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)).Trim())
            .Where(p => p.Length > 0)
            .ToArray();
        return new SourceDocument(new DocumentInfo(path, paragraphs[0], null, null, null), DocumentFormat.PlainText, paragraphs);
    }
}
