using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>
/// Count what the speaker said, and show the best of it: on the whole shared corpora, a hit is the speaker's own
/// words unless the question is asked for, filler never leads a topic, one answer is one hit, and a latest list
/// says what it leaves out.
/// </summary>
[Collection(FullCorpusCollection.Name)]
public sealed class SaidAcceptanceTests(FullCorpusFixture corpus)
{
    private StatementSearcher Searcher => corpus.Searcher;

    public static TheoryData<string, string> Topics { get; } = new()
    {
        { "Huawei", "Geng Shuang" },
        { "Taiwan", "Zhao Lijian" },
        { "DPRK", "Lu Kang" },
        { "Xinjiang", "Hua Chunying" },
        { "inflation", "Karine Jean-Pierre" },
        { "Afghanistan", "Jen Psaki" },
        { "Gaza", "John Kirby" },
        { "abortion", "Kamala Harris" },
    };

    [SharedTheory]
    [MemberData(nameof(Topics))]
    public void Quote_ByDefault_EveryHitHasTheWordInWhatTheSpeakerSaid(string word, string speaker)
    {
        var hits = AllPages(new QuoteQuery(word, speaker, PageSize: 50), out var said);
        var both = Searcher.Quote(new QuoteQuery(word, speaker, In: TextScope.Both)).Value!;
        var asked = Searcher.Quote(new QuoteQuery(word, speaker, In: TextScope.Asked)).Value!;

        Assert.True(said > 0, $"{speaker} never says {word}");
        // The word, or another name of the same thing that the reply announces ("DPRK": Democratic People's Republic of Korea).
        var names = both.AlsoMatching.Prepend(word).ToArray();
        Assert.All(hits, h => Assert.Contains(names, n => h.Text.Contains(n, StringComparison.OrdinalIgnoreCase)));
        Assert.InRange(both.Total, Math.Max(said, asked.Total), said + asked.Total);
        Assert.All(asked.Hits, h => Assert.Contains(word, h.Question, StringComparison.OrdinalIgnoreCase));
    }

    [SharedFact]
    public void Quote_HuaweiByGengShuang_CountsTheAnswersThatSayIt_NotTheQuestions()
    {
        var said = Searcher.Quote(new QuoteQuery("Huawei", "Geng Shuang")).Value!;
        var both = Searcher.Quote(new QuoteQuery("Huawei", "Geng Shuang", In: TextScope.Both)).Value!;

        Assert.Equal(TextScope.Said, said.In);
        Assert.Equal("Geng Shuang", said.Speaker?.Name);
        Assert.InRange(said.Total, 25, 45);
        Assert.True(both.Total >= said.Total + 15, $"said {said.Total}, both {both.Total}");
    }

    [SharedTheory]
    [MemberData(nameof(Topics))]
    public void Quote_FirstPage_HasNoFillerAndOneHitPerAnswer(string word, string speaker)
    {
        foreach (var scope in new[] { TextScope.Said, TextScope.Both })
        {
            var result = Searcher.Quote(new QuoteQuery(word, speaker, PageSize: 10, In: scope)).Value!;
            if (result.Total < 20)
            {
                continue;
            }

            Assert.All(result.Hits, h => Assert.True(IndexSchema.Content.Words(h.Text) >= IndexSchema.Content.Minimum, $"{scope}: “{h.Text}”"));
            var answers = result.Hits.Where(h => h.Question is not null).Select(h => (h.Path, h.Question)).ToList();
            Assert.Equal(answers.Count, answers.Distinct().Count());
        }
    }

    [SharedFact]
    public void Quote_TaiwanByZhaoLijian_AnswersAreWhole()
    {
        // Each answer was once cut into pieces of 1,500 characters: results 1-2 answered one question, 3-4 another.
        var hits = Searcher.Quote(new QuoteQuery("Taiwan", "Zhao Lijian", PageSize: 10)).Value!.Hits;

        Assert.Equal(hits.Count, hits.Select(h => (h.Path, h.Question)).Distinct().Count());
        Assert.Contains(hits, h => h.Text.Length > 1500);
    }

    [SharedTheory]
    [InlineData("Donald Trump")]
    [InlineData("Nancy Pelosi")]
    [InlineData("Karine Jean-Pierre")]
    [InlineData("Geng Shuang")]
    public void Speaker_LatestList_AgreesWithTheCounts(string name)
    {
        var profile = Searcher.Speaker(name).Value!;
        var listed = Math.Min(profile.Total, Searcher.Limits.MaxDepth);
        var last = Searcher.Speaker(name, page: (listed + 4) / 5).Value!;

        Assert.Equal(profile.Statements, profile.Total + profile.LeftOut);
        Assert.Equal(listed - 5 * ((listed + 4) / 5 - 1), last.Hits.Count);
        Assert.All(profile.Hits, h => Assert.True(IndexSchema.Content.Words(h.Text) >= IndexSchema.Content.Minimum, h.Text));
        // The newest statement with content is on the first page; one without content would be counted as left out.
        Assert.True(profile.LeftOut > 0 || profile.Hits[0].Date == profile.Last, $"{profile.Hits[0].Date} vs last {profile.Last}");
    }

    private List<StatementHit> AllPages(QuoteQuery query, out int total)
    {
        var first = Searcher.Quote(query).Value!;
        total = first.Total;
        var hits = new List<StatementHit>(first.Hits);
        for (var page = 2; page <= first.Pages; page++)
        {
            hits.AddRange(Searcher.Quote(query with { Page = page }).Value!.Hits);
        }

        return hits;
    }
}
