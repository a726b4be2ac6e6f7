using System.Diagnostics;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using Xunit.Abstractions;

namespace StatementBot.Search.Tests.Bounds;

/// <summary>
/// Every expensive kind of search is bounded, each shown on <see cref="BroadIndexFixture"/> with a query that, the
/// bound lifted, does the expensive thing: a leading wildcard, a prefix standing for thousands of words, a page deep
/// in a match of every statement, and a search that outruns its time budget. Each bound answers with a sentence that
/// says how to narrow the search, never a hang or an exception.
/// </summary>
public sealed class SearchBoundsTests(BroadIndexFixture broad, ITestOutputHelper output) : IClassFixture<BroadIndexFixture>
{
    private const string Prefix = BroadIndexFixture.SharedPrefix + "*";

    private static readonly SearchLimits Unbounded = new()
    {
        Budget = TimeSpan.FromMinutes(10),
        MaxDepth = int.MaxValue,
        MaxPrefixTerms = int.MaxValue,
    };

    private StatementSearcher Bounded => new(broad.Index);

    [Theory]
    [InlineData("*ation")]
    [InlineData("*:*")]
    [InlineData("*a*")]
    [InlineData("trade *")]
    public void Quote_LeadingWildcard_RefusedWithHowToWriteIt(string query)
    {
        var result = Bounded.Quote(new QuoteQuery(query));

        Assert.StartsWith("A * can only end a word", result.Error?.Message);
    }

    [Fact]
    public void Quote_PrefixStandingForThousandsOfWords_RefusedBeforeItExpands()
    {
        var unbounded = Timed(() => new StatementSearcher(broad.Index, Unbounded).Quote(new QuoteQuery(Prefix)), out var expanded);
        var bounded = Timed(() => Bounded.Quote(new QuoteQuery(Prefix)), out var refused);
        var narrower = Bounded.Quote(new QuoteQuery(BroadIndexFixture.SharedPrefix + "ba*"));
        output.WriteLine($"{Prefix} over {BroadIndexFixture.InventedWords:N0} words: expanded {expanded.TotalMilliseconds:F1} ms, refused {refused.TotalMilliseconds:F1} ms");

        Assert.Equal(BroadIndexFixture.Statements, unbounded.Value!.Total);
        Assert.Equal($"{Prefix} stands for more than 4,096 different words, too many to search at once. Put more letters before the *.", bounded.Error?.Message);
        Assert.Null(narrower.Error);
        Assert.InRange(narrower.Value!.Total, 1, BroadIndexFixture.Statements - 1);
    }

    [Fact]
    public void Quote_PagePastTheDeepestRanked_RefusedSayingWhereResultsStop()
    {
        var query = new QuoteQuery(BroadIndexFixture.EveryStatementWord, Sort: SortOrder.Newest);
        var deepest = Unbounded with { MaxDepth = int.MaxValue };
        var lastOfAll = BroadIndexFixture.Statements / query.PageSize;
        var unbounded = Timed(() => new StatementSearcher(broad.Index, deepest).Quote(query with { Page = lastOfAll }), out var ranked);
        var first = Timed(() => Bounded.Quote(query), out var shallow);
        var last = Bounded.Quote(query with { Page = 200 });
        var past = Bounded.Quote(query with { Page = 201 });
        output.WriteLine($"page {lastOfAll:N0} (depth {BroadIndexFixture.Statements:N0}) ranked in {ranked.TotalMilliseconds:F1} ms; page 1 in {shallow.TotalMilliseconds:F1} ms");

        // A page covers PageSize statements; follow-ups of one exchange fold into its best hit.
        Assert.Equal(query.PageSize, unbounded.Value!.Hits.Sum(h => 1 + h.Folded.Count));
        Assert.Equal(BroadIndexFixture.Statements, first.Value!.Total);
        Assert.Equal(query.PageSize, last.Value!.Hits.Sum(h => 1 + h.Folded.Count));
        Assert.Equal(
            "Results stop at page 200 (the best 1,000 matches), so there is no page 201. To see others, narrow the search: add a word, a speaker, dates or \"an exact phrase\".",
            past.Error?.Message);
    }

    [Fact]
    public void EverySearch_ClockRunsPastTheBudget_AnswersTooBroadInsteadOfRunningOn()
    {
        var clock = new JumpingClock();
        var late = new StatementSearcher(broad.Index, new SearchLimits { Clock = clock, Budget = TimeSpan.FromSeconds(1.5) });
        var onTime = Bounded;
        var word = BroadIndexFixture.EveryStatementWord;

        var answers = new (string Name, Func<StatementSearcher, QueryError?> Search)[]
        {
            ("quote", s => s.Quote(new QuoteQuery(word)).Error),
            ("speaker", s => s.Speaker(BroadIndexFixture.Speaker).Error),
            ("speaker about", s => s.Speaker(BroadIndexFixture.Speaker, word).Error),
            ("compare", s => s.Compare("Ada Quill", "Bo Fennick").Error),
            ("compare about", s => s.Compare("Ada Quill", "Bo Fennick", word).Error),
        };

        Assert.All(answers, a => Assert.Null(a.Search(onTime)));
        Assert.All(answers, a => Assert.Equal(SearchBoundsErrors.TooBroad, a.Search(late)));
        Assert.Equal("That search is too broad to answer in time. Narrow it: add a word, a speaker, dates or \"an exact phrase\".", SearchBoundsErrors.TooBroad.Message);
    }

    [Fact]
    public void Quote_BroadSortedSearchOnARealClock_StopsSoonAfterItsBudget()
    {
        var query = new QuoteQuery(BroadIndexFixture.EveryStatementWord, Sort: SortOrder.Oldest, Page: 200);
        var unbounded = new StatementSearcher(broad.Index, Unbounded);
        unbounded.Quote(query);
        var full = Timed(() => unbounded.Quote(query), out var whole);
        var stopped = Timed(() => new StatementSearcher(broad.Index, new SearchLimits { Budget = TimeSpan.FromMilliseconds(1) }).Quote(query), out var cut);
        output.WriteLine($"ranking all {BroadIndexFixture.Statements:N0} matches took {whole.TotalMilliseconds:F1} ms; with a 1 ms budget the search stopped after {cut.TotalMilliseconds:F1} ms");

        Assert.Null(full.Error);
        Assert.Equal(SearchBoundsErrors.TooBroad, stopped.Error);
        Assert.True(cut < whole, $"stopped after {cut.TotalMilliseconds:F1} ms, the whole search takes {whole.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void Quote_ManyMisspeltWords_OnlyTheFirstFewAreLookedUp()
    {
        // Each misspelt word costs a walk of the term dictionary; a query of dozens of them is corrected in its first few.
        string[] misspelt = ["tarde", "bordre", "tlaks", "polcy", "budgte", "harbuor", "railwya", "grian", "weathre", "schoosl", "treatty", "exprots"];
        var query = string.Join(" OR ", misspelt);

        var result = Bounded.Quote(new QuoteQuery(query));

        var corrected = result.Value!.DidYouMean[0].Split(" OR ");
        Assert.Equal(SpellingHints.MaxMisspelt, corrected.Zip(misspelt).Count(pair => pair.First != pair.Second));
        Assert.Equal(["trade", "border", "talks", "policy"], corrected[..SpellingHints.MaxMisspelt]);
    }

    private static T Timed<T>(Func<T> action, out TimeSpan elapsed)
    {
        var start = Stopwatch.GetTimestamp();
        var result = action();
        elapsed = Stopwatch.GetElapsedTime(start);
        return result;
    }
}
