using System.Diagnostics;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Querying;
using StatementBot.Search.Watching;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Search.Tests.Watching;

/// <summary>The alert matcher against /quote on real statements: a watch matches exactly what /quote finds.</summary>
public sealed class WatchMatcherTests(WatchIndexFixture fixture, ITestOutputHelper output) : IClassFixture<WatchIndexFixture>
{
    /// <summary>Words, phrases, OR, NOT, prefixes, acronyms and a name with other names in the corpus.</summary>
    public static TheoryData<string> Queries => new()
    {
        "cooperation",
        "\"South China Sea\"",
        "Taiwan OR Xinjiang",
        "China -Taiwan",
        "develop*",
        "US",
        "\"mission impossible\"",
        "sovereignty AND territorial",
        "cooperation NOT economic",
    };

    [SharedTheory]
    [MemberData(nameof(Queries))]
    public void Match_FindsWhatQuoteFinds(string query)
    {
        var quoted = QuoteIds(query, speaker: null);
        Assert.NotEmpty(quoted);

        Assert.Equal(quoted.Order(StringComparer.Ordinal), MatchedIds(new WatchQuery(1, query)).Order(StringComparer.Ordinal));
    }

    [SharedFact]
    public void Match_WithASpeakerOrAKind_FindsWhatQuoteFindsOfThem()
    {
        var hits = AllHits("cooperation", speaker: null);
        var speaker = hits.GroupBy(h => h.Speaker).MaxBy(g => g.Count())!.Key;
        var kind = hits.GroupBy(h => h.Kind).MaxBy(g => g.Count())!.Key;

        var bySpeaker = AllHits("cooperation", speaker).Select(h => h.Id).ToArray();
        var ofKind = hits.Where(h => h.Kind == kind).Select(h => h.Id).ToArray();

        Assert.True(bySpeaker.Length < hits.Count);
        Assert.Equal(bySpeaker.Order(StringComparer.Ordinal), MatchedIds(new WatchQuery(1, "cooperation", speaker)).Order(StringComparer.Ordinal));
        Assert.Equal(ofKind.Order(StringComparer.Ordinal), MatchedIds(new WatchQuery(1, "cooperation", Kind: kind)).Order(StringComparer.Ordinal));
    }

    [SharedFact]
    public void Match_CutsTheExcerptAroundTheWatchedWords()
    {
        var matcher = new WatchMatcher(fixture.Index);
        matcher.Set([new WatchQuery(1, "\"South China Sea\"")]);

        var match = matcher.Match(StatementIds.Read(fixture.Index)).SelectMany(s => s.Matches).First();

        var marked = match.Hit.Snippet.Marks().Select(m => match.Hit.Snippet.Text.Substring(m.Start, m.Length)).ToArray();
        Assert.Contains(marked, m => m.Equals("South China Sea", StringComparison.OrdinalIgnoreCase));
    }

    [SharedFact]
    public void Match_TenThousandWatches_TakesMillisecondsPerStatement()
    {
        var statements = fixture.Searcher.Quote(new QuoteQuery("china", PageSize: 50)).Value!.Hits.ToArray();
        var watches = GeneratedWatches(statements, 10_000);
        var matcher = new WatchMatcher(fixture.Index);
        var refused = matcher.Set(watches);
        // Words like "their" drawn at random are refused as too common, as /quote refuses them; the rest all run.
        Assert.All(refused, r => Assert.Contains("too common", r.Error.Message));
        Assert.True(matcher.Count > 9_000, $"{matcher.Count} of {watches.Count} watches compiled");

        var ids = StatementIds.Read(fixture.Index).Order(StringComparer.Ordinal).Take(300).ToArray();
        var stored = ids.Select(Load).ToArray();
        var times = new List<double>();
        var matched = 0;
        foreach (var statement in stored)
        {
            var clock = Stopwatch.StartNew();
            matched += matcher.Match(statement).Matches.Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine($"{matcher.Count:N0} watches, {stored.Length} statements: median {median:F2} ms, p95 {times[times.Count * 95 / 100]:F2} ms per statement; {matched:N0} matches");
        Assert.True(matched > 0, "the generated watches should match some statements");
        // Measured 0.9 ms at the median (p95 2.9 ms) on a busy 2-core machine; 25 ms leaves room for a slow CI.
        Assert.True(median < 25, $"median {median:F2} ms per statement with {watches.Count} watches");
    }

    /// <summary>Queries of one or two words drawn from real statements, a third with their speaker, a tenth a phrase.</summary>
    internal static List<WatchQuery> GeneratedWatches(IReadOnlyList<Results.StatementHit> statements, int count)
    {
        var random = new Random(11);
        var words = statements.SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length >= 5)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var speakers = statements.Select(s => s.Speaker).Distinct().ToArray();
        var watches = new List<WatchQuery>(count);
        for (var id = 1; watches.Count < count; id++)
        {
            var first = words[random.Next(words.Length)];
            var text = random.Next(10) switch
            {
                0 => $"\"{first} {words[random.Next(words.Length)]}\"",
                < 5 => first,
                _ => first + " " + words[random.Next(words.Length)],
            };
            watches.Add(new WatchQuery(id, text, random.Next(3) == 0 ? speakers[random.Next(speakers.Length)] : null));
        }

        return watches;
    }

    private StoredStatement Load(string id)
    {
        using var lease = fixture.Index.Acquire();
        var top = lease.Searcher.Search(Schema.IndexSchema.Id.Match(id), 1);
        return StoredStatement.From(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
    }

    private HashSet<string> MatchedIds(WatchQuery watch)
    {
        var matcher = new WatchMatcher(fixture.Index);
        Assert.Empty(matcher.Set([watch]));
        return matcher.Match(StatementIds.Read(fixture.Index)).Where(s => s.Matches.Count > 0).Select(s => s.Id).ToHashSet();
    }

    private HashSet<string> QuoteIds(string query, string? speaker) => AllHits(query, speaker).Select(h => h.Id).ToHashSet();

    /// <summary>Every statement /quote matches: all its pages, with the statements it folds into a hit of the same exchange.</summary>
    private List<Results.StatementHit> AllHits(string query, string? speaker)
    {
        var hits = new List<Results.StatementHit>();
        var ids = new HashSet<string>();
        for (var page = 1; ; page++)
        {
            var result = fixture.Searcher.Quote(new QuoteQuery(query, speaker, Page: page, PageSize: 50));
            Assert.Null(result.Error);
            foreach (var hit in result.Value!.Hits)
            {
                hits.Add(hit);
                foreach (var folded in hit.Folded.Where(ids.Add))
                {
                    hits.Add(fixture.Searcher.Get(folded)!);
                }
                ids.Add(hit.Id);
            }

            if (page >= result.Value.Pages)
            {
                return hits;
            }
        }
    }
}
