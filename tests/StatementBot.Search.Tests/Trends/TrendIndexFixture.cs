using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Trends;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Trends;

/// <summary>
/// Eleven whole documents of ../shared/corpora indexed once: White House briefings of May 2021, March 2022 and June
/// 2022 (Jen Psaki, Karine Jean-Pierre, Cecilia Rouse and guests), two Wikinews articles whose statements include
/// organisations', and a Foreign Ministry page without a date. Built on first use, so a missing ../shared fails
/// (or skips) only the tests that need it.
/// </summary>
public sealed class TrendIndexFixture : IDisposable
{
    public static readonly string[] Documents =
    [
        "wh-briefings/press-briefings/2021-05/2021-05-04-press-briefing-by-press-secretary-jen-psaki-may-4-2021.md",
        "wh-briefings/press-briefings/2022-03/2022-03-03-press-briefing-by-press-secretary-jen-psaki-march-3rd-2022.md",
        "wh-briefings/press-briefings/2022-03/2022-03-04-press-briefing-by-press-secretary-jen-psaki-and-chair-of-the-council-of-economic-advisers-cecilia-rouse-march-4-2022.md",
        "wh-briefings/press-briefings/2022-03/2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-01-press-briefing-by-press-secretary-karine-jean-pierre-june-1-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-02-press-briefing-by-press-secretary-karine-jean-pierre-and-covid-19-response-coordinator-dr-ashish-jha.md",
        "wh-briefings/press-briefings/2022-06/2022-06-06-press-briefing-by-press-secretary-karine-jean-pierre-june-6-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-07-press-briefing-by-press-secretary-karine-jean-pierre-and-matthew-mcconaughey.md",
        "wikinews/2019-12-14-greta-thunberg-named-2019-time-person-of-the-year.txt",
        "wikinews/2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill.txt",
        "china-mfa/t1686638.html",
    ];

    private readonly TempFolder _folder = new();
    private readonly Lazy<StatementIndex> _index;

    public TrendIndexFixture()
    {
        _index = new Lazy<StatementIndex>(() =>
        {
            var paths = Documents.Select(d => Path.Combine(SharedData.Corpora, d)).ToArray();
            new IndexBuilder(_folder.Path).Build(new CorpusLoader().Load(paths), CorpusSnapshot.Take(paths));
            return StatementIndex.Open(_folder.Path);
        });
    }

    public StatementIndex Index => _index.Value;

    public TrendSearcher Trends => new(Index);

    /// <summary>The searcher /quote and /speaker use: the independent count every trend figure is checked against.</summary>
    public StatementSearcher Searcher => new(Index);

    /// <summary>Every person of the index, by name, as /speakers lists them.</summary>
    public IReadOnlyList<string> People
    {
        get
        {
            var directory = new SpeakerDirectory(Index);
            var names = new List<string>();
            for (var page = 1; directory.List(null, page, SpeakerDirectory.MaxPageSize).Value is { Speakers.Count: > 0 } listed; page++)
            {
                names.AddRange(listed.Speakers.Select(s => s.Speaker.Name));
            }

            return names;
        }
    }

    /// <summary>How many statements /quote counts for <paramref name="text"/> with these filters: all of them, not a page.</summary>
    public int QuoteTotal(string text, string? speaker = null, DateOnly? from = null, DateOnly? to = null, TextScope scope = TextScope.Said) =>
        Searcher.Quote(new QuoteQuery(text, speaker, from, to, In: scope)).Value!.Total;

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }

        _folder.Dispose();
    }
}
