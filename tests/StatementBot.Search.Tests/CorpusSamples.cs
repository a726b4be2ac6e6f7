using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Tests;

/// <summary>
/// Statements copied verbatim from the shared corpora (paths relative to <c>shared/corpora</c>), each given to the
/// speaker its document names. <see cref="CorpusSamplesTests"/> checks every text against its file.
/// </summary>
internal static class CorpusSamples
{
    public static readonly DocumentInfo WuQianClip = new(
        "seeds/000_dc5d1ebfafa3b868.txt",
        "Chinese Ministry Of Defense Spokesman Wu Qian: Containing China – Mission Impossible; We Hope That The New U.S. Administration Will Make 'Joint Efforts' With China",
        new DateOnly(2021, 1, 28), null, null);

    public static readonly DocumentInfo TanKefeiArticle = new(
        "seeds/003_66b6f5c84722ec5d.txt",
        "China hopes US will face reality and handle bilateral ties correctly",
        new DateOnly(2020, 9, 24), "China Military Online", null);

    public static readonly DocumentInfo Briefing20220601 = new(
        "wh-briefings/press-briefings/2022-06/2022-06-01-press-briefing-by-press-secretary-karine-jean-pierre-june-1-2022.md",
        "Press Briefing by Press Secretary Karine Jean-Pierre, June 1, 2022",
        new DateOnly(2022, 6, 1), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2022/06/01/press-briefing-by-press-secretary-karine-jean-pierre-june-1-2022/");

    public static readonly DocumentInfo Briefing20220602 = new(
        "wh-briefings/press-briefings/2022-06/2022-06-02-press-briefing-by-press-secretary-karine-jean-pierre-and-covid-19-response-coordinator-dr-ashish-jha.md",
        "Press Briefing by Press Secretary Karine Jean-Pierre and COVID-19 Response Coordinator Dr. Ashish Jha, June 2, 2022",
        new DateOnly(2022, 6, 2), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2022/06/02/press-briefing-by-press-secretary-karine-jean-pierre-and-covid-19-response-coordinator-dr-ashish-jha/");

    public static readonly DocumentInfo Briefing20220606 = new(
        "wh-briefings/press-briefings/2022-06/2022-06-06-press-briefing-by-press-secretary-karine-jean-pierre-june-6-2022.md",
        "Press Briefing by Press Secretary Karine Jean-Pierre, June 6, 2022",
        new DateOnly(2022, 6, 6), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2022/06/06/press-briefing-by-press-secretary-karine-jean-pierre-june-6-2022/");

    public static readonly DocumentInfo Briefing20220615 = new(
        "wh-briefings/press-briefings/2022-06/2022-06-15-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-kirby.md",
        "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby",
        new DateOnly(2022, 6, 15), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2022/06/15/press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-kirby/");

    public static readonly DocumentInfo Briefing20210504 = new(
        "wh-briefings/press-briefings/2021-05/2021-05-04-press-briefing-by-press-secretary-jen-psaki-may-4-2021.md",
        "Press Briefing by Press Secretary Jen Psaki, May 4, 2021",
        new DateOnly(2021, 5, 4), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/05/04/press-briefing-by-press-secretary-jen-psaki-may-4-2021/");

    public static readonly DocumentInfo FormulaRemarks20220601 = new(
        "wh-briefings/speeches-remarks/2022-06/2022-06-01-remarks-by-president-biden-during-virtual-meeting-on-accelerating-infant-formula-production-through-operation-fly-formula.md",
        "Remarks by President Biden During Virtual Meeting on Accelerating Infant Formula Production Through Operation Fly Formula",
        new DateOnly(2022, 6, 1), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2022/06/01/remarks-by-president-biden-during-virtual-meeting-on-accelerating-infant-formula-production-through-operation-fly-formula/");

    public static readonly DocumentInfo TourRemarks20241021 = new(
        "wh-briefings/speeches-remarks/2024-10/2024-10-21-remarks-as-prepared-for-delivery-by-first-lady-jill-biden-at-the-unveiling-of-the-reimagined-white-house-public-tour.md",
        "Remarks as Prepared for Delivery by First Lady Jill Biden at the Unveiling of the Reimagined White House Public Tour",
        new DateOnly(2024, 10, 21), null,
        "https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2024/10/21/remarks-as-prepared-for-delivery-by-first-lady-jill-biden-at-the-unveiling-of-the-reimagined-white-house-public-tour/");

    public static readonly DocumentInfo MfaZhao20200224 = new(
        "china-mfa/t1748946.html",
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on February 24, 2020",
        new DateOnly(2020, 2, 24), null,
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1748946.shtml");

    public static readonly DocumentInfo MfaHua20180529 = new(
        "china-mfa/t1563568.html",
        "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on May 29, 2018",
        new DateOnly(2018, 5, 29), null,
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml");

    /// <summary>Its title gives no date, so a reader has none for it.</summary>
    public static readonly DocumentInfo MfaHuaPelosiRemarks = new(
        "china-mfa/t1686638.html",
        "Foreign Ministry Spokesperson Hua Chunying's Remarks on US House Speaker Nancy Pelosi's Erroneous Remarks on Hong Kong",
        null, null,
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml");

    public static readonly DocumentInfo WikinewsIraq = new(
        "wikinews/2020-01-06-iraqi-parliament-votes-for-expulsion-of-united-states-troops.txt",
        "Iraqi Parliament votes for expulsion of United States troops",
        new DateOnly(2020, 1, 6), "Wikinews",
        "https://en.wikinews.org/wiki/Iraqi_Parliament_votes_for_expulsion_of_United_States_troops");

    public static readonly Statement WuContain = new(
        "Wu Qian", "spokesperson of PRC Ministry of Defense", StatementKind.Direct,
        "During the Trump administration, the China-U.S. relationship encountered serious difficulties, and the two militaries also faced many risks and challenges. Facts have proven that containing is an impossible task and they will only end up lifting a rock to drop it on their own feet. To contain China, Mission Impossible!",
        null, WuQianClip, 0);

    public static readonly Statement WuJointEfforts = new(
        "Wu Qian", "spokesperson of PRC Ministry of Defense", StatementKind.Direct,
        "At present, the relationship between the two countries and the two militaries stands at a new historical starting point. We hope that the new U.S. administration will make joint efforts with China in the spirit of non-conflict, non-confrontation, mutual respect, and win-win cooperation, strengthen dialogue, focus on cooperation, manage differences and push forward the healthy and stable development of Chinese-U.S. relations.",
        null, WuQianClip, 1);

    public static readonly Statement WuExchanges = new(
        "Wu Qian", "spokesperson of PRC Ministry of Defense", StatementKind.Direct,
        "At the beginning of the New Year, the Chinese and U.S. militaries have conducted some pragmatic exchanges. From January 26 to 27, the two militaries held a video conference meeting on the search for the remains of American POWs and MIAs, and had an in-depth exchange of views on the cases of concern to the U.S. side and the cooperation between the two militaries, which demonstrated the importance China attaches to the concerns of the U.S. in the humanitarian field. We hope that the U.S. side, with the same professional quality and professionalism, will work alongside China to properly address China's concerns in the area of military relations, strengthen communication, manage and control risks, avoid crises and promote the development of mil-to-mil relations along the right track.",
        null, WuQianClip, 2);

    public static readonly Statement TanInternationalOrder = new(
        "Tan Kefei", "spokesperson for China's Ministry of National Defense", StatementKind.Reported,
        "China always safeguards the international system with the UN as the core and the international order based on international law.",
        null, TanKefeiArticle, 0);

    public static readonly Statement TanFaceReality = new(
        "Tan Kefei", "spokesperson for China's Ministry of National Defense", StatementKind.Direct,
        "We hope that the US will face the reality, treat and handle the relations between the two countries and the two militaries correctly",
        null, TanKefeiArticle, 1);

    public static readonly Statement JeanPierreRecovery = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "We have achieved an historic recovery through an extraordinarily unprecedented economic moment. The President has consistently noted that the primary drivers of inflation are the pandemic and Putin’s invasion of Ukraine.",
        "And just so that I under- — just that I understand: The Treasury Secretary says that she was wrong, but the White House was not wrong about inflation.",
        Briefing20220601, 185);

    public static readonly Statement JeanPierreStability = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "That stability will put us in a strong position to tackle inflation. And in the short time since President Biden came into office, we have had record job numbers, record job creation, I should — I should say; the unemployment rate is near historic lows; and the number of Americans on unemployment benefits is down from record highs to this historic lows.",
        null, Briefing20220602, 384);

    public static readonly Statement JeanPierreGlobalChallenge = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "And all of this has happened since December of 2021. This is — to your point, Phil — which is — this is a global challenge. This is something that everyone is feeling across the globe. And — but we understand that prices — these gas prices, including food prices in particular — those two things, as we look at inflation and trying to make sure that we’re fighting inflation in every way that we can, is hurting families — is hurting families, especially as they sit around their kitchen table.",
        null, Briefing20220606, 79);

    public static readonly Statement JeanPierrePatrioticDuty = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "Right. We see it as a patriotic duty, as we’re — as we are — as we’ve talked about. There’s war happening right now in Ukraine that was caused by — caused by Russia, which is why we’re seeing these hikes in gas prices. Especially since — since Russia has amassed — started amassing troops on the border, we saw a — we’ve seen a $2 increase of gas prices.",
        "Thanks, Karine. In the letter from the President to the oil refinery — the refiners, he said they need to work with the administration to bring about a near-term solution. Is there an “or else” in there from the President? Is there some way that the administration plans to try to hold these companies accountable? You used the word “responsibility” in your message at the top here.",
        Briefing20220615, 152);

    public static readonly Statement JeanPierreSovereignty = new(
        "Karine Jean-Pierre", "Press Secretary", StatementKind.Turn,
        "Again, that’s connected to Putin’s war against Ukraine and them attacking another country’s sovereignty. That’s what we’re seeing happening there.",
        null, Briefing20220615, 169);

    public static readonly Statement KirbyWarZone = new(
        "John Kirby", "NSC Coordinator for Strategic Communications", StatementKind.Turn,
        "I do think, however, that this is an important point in time to remind that we discourage Americans from going to Ukraine and fighting in Ukraine. It is a war zone. It is — it’s combat. And if you feel passionate about supporting Ukraine, there’s any number of other ways to do that that are safer and just as effective.",
        "Thanks, Karine. I have a Saudi question. But first, can you comment, or what does the White House have to say, about these two Americans that have been captured that were fighting alongside Ukrainian forces? They’re missing. They are feared captured by the Russians.",
        Briefing20220615, 44);

    public static readonly Statement KirbyGrain = new(
        "John Kirby", "NSC Coordinator for Strategic Communications", StatementKind.Turn,
        "Yeah. Look, I think we’re working real hard –not just with the leadership in Ukraine, but in the region — to try to relieve the pressure that has resulted from Mr. Putin literally weaponizing food.",
        "And the other question: Could you give a little bit more on the President’s comments yesterday about these grain silos being — the plans to build grain silos on the borders of Ukraine? What’s the timescale of that? And what’s the scale of that? And how much difference would it make?",
        Briefing20220615, 69);

    public static readonly Statement PsakiInflationaryRisk = new(
        "Jen Psaki", "Press Secretary", StatementKind.Turn,
        "So, of course, officials who don’t work here — in the Federal Reserve and other places — closely watch what needs to happen. I’m not going to speak on interest rates. But we also take inflationary risk incredibly seriously, and our economic experts have conveyed that they think this would be temporary and that the benefits far outweigh the concern.",
        "Thank you. You mentioned Secretary Yellen is coming on Friday. She said in remarks published today that, “It may be that,” quote, “interest rates will have to rise somewhat to make sure that our economy doesn’t overheat.” Does President Biden agree with her?",
        Briefing20210504, 69);

    public static readonly Statement BidenUnsafeFormula = new(
        "Joe Biden", "President", StatementKind.Turn,
        "The last thing we should ever do is allow unsafe formula to be sold to parents. Instead, we should increase the production of safe formula to make every American family — so they can get what they need for their child.",
        null, FormulaRemarks20220601, 8);

    public static readonly Statement JillBidenTeacher = new(
        "Jill Biden", "First Lady", StatementKind.Turn,
        "As a teacher for 40 years, I know that we all learn in different ways.",
        null, TourRemarks20241021, 8);

    public static readonly Statement ZhaoTaiwan = new(
        "Zhao Lijian", "Foreign Ministry Spokesperson", StatementKind.Answer,
        "To answer your first question, we noted relevant reports. The Taiwan question is purely China's internal affairs and no foreign country has the right to interfere. We urge the US to abide by the one-China principle and the three China-US joint communiques and prudently handle issues relating to Taiwan so as to avoid causing harm to China-US relations and peace and stability across the strait.",
        "First question, recently Vermont Senator Bernie Sanders said in an interview that if he becomes president of the US, he would not sit by and allow invasions to take place if China takes military action against Taiwan. Do you have any comment on this? Second question, you said that as long as we reporters do objective coverage, the foreign ministry will continue to support our work. My question is, what then can individual reporters do to protect themselves against the action of other parts of their publication that are not related to them, as in the case of the three WSJ reporters?",
        MfaZhao20200224, 73);

    public static readonly Statement HuaTaiwan = new(
        "Hua Chunying", "Foreign Ministry Spokesperson", StatementKind.Answer,
        "The Taiwan authorities' allegation that the mainland conducts \"checkbook diplomacy\" is entirely a groundless slander.\n\n" +
        "There is only one China in the world. The government of the People's Republic of China is the sole legal government that represents the whole of China and Taiwan is an inseparable part of the Chinese territory. This not only has been enshrined by the United Nations' resolution but also represents the universal consensus of the overwhelming majority of the countries around the globe. The Chinese government never allowed, does not allow and will never allow the one-China principle to be traded away. Anyone with global vision and common sense knows this fully well.",
        "In response to the resumption of diplomatic ties between China and Burkina Faso, Tsai Ing-wen recently claimed that the Taiwan authorities would not compete with the mainland in the so-called \"checkbook diplomacy\". What is your comment?",
        MfaHua20180529, 18);

    public static readonly Statement HuaHongKong = new(
        "Hua Chunying", "Foreign Ministry Spokesperson", StatementKind.Answer,
        "The Chinese side must once again urge the relevant American politicians to immediately stop condoning violent crimes and grossly interfering in Hong Kong affairs. Any attempt to undermine \"one country, two systems\" and Hong Kong's prosperity and stability will surely be resolutely opposed by all Chinese people, including the Hong Kong compatriots. Any attempt to interfere in Hong Kong affairs and China's internal affairs is doomed to fail.",
        null, MfaHuaPelosiRemarks, 21);

    public static readonly Statement OrtagusIraq = new(
        "Morgan Ortagus", "United States Department of State spokesperson", StatementKind.Direct,
        "we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security relationship between the two countries and the continued presence of the Global Coalition to Defeat ISIS",
        null, WikinewsIraq, 3);

    public static IReadOnlyList<Statement> All { get; } =
    [
        WuContain, WuJointEfforts, WuExchanges, TanInternationalOrder, TanFaceReality,
        JeanPierreRecovery, JeanPierreStability, JeanPierreGlobalChallenge, JeanPierrePatrioticDuty, JeanPierreSovereignty,
        KirbyWarZone, KirbyGrain, PsakiInflationaryRisk, BidenUnsafeFormula, JillBidenTeacher,
        ZhaoTaiwan, HuaTaiwan, HuaHongKong, OrtagusIraq,
    ];

    public static SpeakerRegistry Registry { get; } = SpeakerRegistry.FromEntries(
    [
        new SpeakerEntry("Karine Jean-Pierre", ["MS. JEAN-PIERRE"], ["Press Secretary"]),
        new SpeakerEntry("John Kirby", ["MR. KIRBY"], ["NSC Coordinator for Strategic Communications"]),
        new SpeakerEntry("Jen Psaki", ["MS. PSAKI"], ["Press Secretary"]),
        new SpeakerEntry("Joe Biden", ["THE PRESIDENT", "President Biden"], ["President"]),
        new SpeakerEntry("Jill Biden", ["First Lady Jill Biden"], ["First Lady"]),
        new SpeakerEntry("Wu Qian", [], ["spokesperson of PRC Ministry of Defense"]),
        new SpeakerEntry("Tan Kefei", ["Senior Colonel Tan Kefei"], ["spokesperson for China's Ministry of National Defense"]),
        new SpeakerEntry("Zhao Lijian", [], ["Foreign Ministry Spokesperson"]),
        new SpeakerEntry("Hua Chunying", [], ["Foreign Ministry Spokesperson"]),
        new SpeakerEntry("Morgan Ortagus", [], ["United States Department of State spokesperson"]),
    ]);

    /// <summary>The samples as a loaded corpus: one extracted document per source document, statements in order.</summary>
    public static CorpusLoad Load() => LoadOf(All, Registry);

    public static CorpusLoad LoadOf(IEnumerable<Statement> statements, SpeakerRegistry registry)
    {
        var documents = statements
            .GroupBy(s => s.Document)
            .Select(g => new ExtractedDocument(
                new SourceDocument(g.Key, FormatOf(g.Key.Path), g.Select(s => s.Text).ToArray()),
                g.OrderBy(s => s.Position).ToArray()))
            .ToArray();
        return new CorpusLoad(documents, Array.Empty<SkippedFile>(), registry, documents.Sum(d => d.Statements.Sum(s => (long)s.Text.Length)));
    }

    private static DocumentFormat FormatOf(string path) => Path.GetExtension(path) switch
    {
        ".md" => DocumentFormat.Markdown,
        ".html" => DocumentFormat.Html,
        _ => DocumentFormat.PlainText,
    };
}
