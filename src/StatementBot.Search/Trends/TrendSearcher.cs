using Lucene.Net.Search;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Trends;

/// <summary>
/// /trend and /who: counts over every statement a query matches, read from doc values (<see cref="MatchTally"/>), per
/// period and per speaker. Thread-safe: each call borrows a searcher for its own duration.
/// </summary>
public sealed class TrendSearcher(StatementIndex index)
{
    /// <summary>Lines a trend shows: the named speakers, or this many of the speakers with the most matches.</summary>
    public const int MaxSpeakers = 5;

    public const int MaxPageSize = 25;

    public TrendSearcher(StatementSearcher searcher) : this(searcher.Index)
    {
    }

    public SearchResult<TrendResult> Trend(TrendQuery query)
    {
        var names = query.Speakers ?? [];
        if (names.Count > MaxSpeakers)
        {
            return new QueryError($"A trend shows at most {MaxSpeakers} speakers; {names.Count} were named.");
        }

        using var lease = index.Acquire();
        var prepared = MatchScope.Prepare(lease, query.Text, names, query.From, query.To, query.In, query.Filters);
        if (prepared.Error is { } error)
        {
            return error;
        }

        var scope = prepared.Value!;
        var tally = MatchTally.Collect(lease.Searcher, scope.Query, scope.Filter, keepDates: true);
        var shown = Shown(scope, tally);
        var (first, last) = Span(query, tally);
        if (first is not { } start || last is not { } end)
        {
            var none = shown.Select(s => new TrendSeries(s.Name, s.ByOrganisation, 0, [])).ToArray();
            return Result(query, scope, tally, TrendInterval.Month, [], [], none);
        }

        var interval = TrendCalendar.Choose(start, end);
        var periods = TrendCalendar.Periods(start, end, interval);
        var totals = new int[periods.Count];
        var counts = shown.Select(_ => new int[periods.Count]).ToArray();
        var seriesOf = new int[tally.Groups.Count];
        Array.Fill(seriesOf, -1);
        for (var s = 0; s < shown.Count; s++)
        {
            foreach (var group in shown[s].Groups)
            {
                seriesOf[group] = s;
            }
        }

        var groups = tally.MatchGroups;
        var dates = tally.MatchDates;
        for (var i = 0; i < groups.Length; i++)
        {
            if (Decode(dates[i]) is not { } date)
            {
                continue;
            }

            var period = TrendCalendar.Index(start, date, interval);
            totals[period]++;
            if (seriesOf[groups[i]] is var s and >= 0)
            {
                counts[s][period]++;
            }
        }

        var series = shown.Select((s, i) => new TrendSeries(s.Name, s.ByOrganisation, counts[i].Sum(), counts[i])).ToArray();
        return Result(query, scope, tally, interval, periods, totals, series);
    }

    /// <summary>/who: every speaker with a matching statement, most matches first, one page of them.</summary>
    public SearchResult<WhoResult> Who(WhoQuery query)
    {
        using var lease = index.Acquire();
        var prepared = MatchScope.Prepare(lease, query.Text, [], query.From, query.To, query.In, query.Filters);
        if (prepared.Error is { } error)
        {
            return error;
        }

        var scope = prepared.Value!;
        var tally = MatchTally.Collect(lease.Searcher, scope.Query, scope.Filter, keepDates: false);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var rows = Ranked(tally.Groups)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(g => new WhoRow(g.Name, g.ByOrganisation, g.Count, StatementsOf(lease.Searcher, g), Decode(g.First), Decode(g.Last)))
            .ToArray();
        var organisations = tally.Groups.Count(g => g.ByOrganisation);
        return new WhoResult(query.Text.Trim(), query.In, tally.Count, tally.Groups.Count - organisations, organisations, page, size, rows)
        {
            AlsoMatching = scope.Compiled.AlsoMatching,
            DidYouMean = scope.Compiled.DidYouMean,
            Filters = scope.Applied,
        };
    }

    private static TrendResult Result(
        TrendQuery query, MatchScope scope, MatchTally tally, TrendInterval interval, IReadOnlyList<DateOnly> periods, IReadOnlyList<int> totals, IReadOnlyList<TrendSeries> series) =>
        new(query.Text.Trim(), query.In, interval, periods, totals, series, tally.Count, tally.MatchDates.Count(0), scope.Speakers.Count == 0, tally.Groups.Count)
        {
            AlsoMatching = scope.Compiled.AlsoMatching,
            DidYouMean = scope.Compiled.DidYouMean,
            Filters = scope.Applied,
        };

    /// <summary>The lines to draw: each named speaker (their person's and organisation's statements together), else the top speakers.</summary>
    private static IReadOnlyList<(string Name, bool ByOrganisation, int[] Groups)> Shown(MatchScope scope, MatchTally tally)
    {
        if (scope.Speakers.Count > 0)
        {
            return scope.Speakers
                .Select(s => (s.Name, false, Enumerable.Range(0, tally.Groups.Count).Where(g => tally.Groups[g].Key == IndexSchema.Speaker.Key(s.Name)).ToArray()))
                .ToArray();
        }

        return Ranked(tally.Groups).Take(MaxSpeakers)
            .Select(g => (g.Name, g.ByOrganisation, new[] { IndexOf(tally.Groups, g) }))
            .ToArray();
    }

    /// <summary>The span: the dates asked for, else from the first to the last dated match.</summary>
    private static (DateOnly? First, DateOnly? Last) Span(TrendQuery query, MatchTally tally)
    {
        var dated = tally.Groups.Where(g => g.First > 0).ToArray();
        var first = query.From ?? (dated.Length == 0 ? null : Decode(dated.Min(g => g.First)));
        var last = query.To ?? (dated.Length == 0 ? null : Decode(dated.Max(g => g.Last)));
        return first is null || last is null || first > last ? (null, null) : (first, last);
    }

    private static IEnumerable<MatchGroup> Ranked(IReadOnlyList<MatchGroup> groups) =>
        groups.OrderByDescending(g => g.Count).ThenBy(g => g.ByOrganisation).ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase);

    private static int IndexOf(IReadOnlyList<MatchGroup> groups, MatchGroup group)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (ReferenceEquals(groups[i], group))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>All of a speaker's statements of the group's kind (a person's, or an organisation's), counted from the postings.</summary>
    private static int StatementsOf(IndexSearcher searcher, MatchGroup group)
    {
        var query = new BooleanQuery
        {
            { IndexSchema.Speaker.Filter(group.Name), Occur.MUST },
            { IndexSchema.ByOrganisation.Only, group.ByOrganisation ? Occur.MUST : Occur.MUST_NOT },
        };
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    /// <summary>A date doc value back to a date; null for 0 (undated) or anything that is not a day.</summary>
    private static DateOnly? Decode(int value)
    {
        var (year, month, day) = (value / 10_000, value / 100 % 100, value % 100);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
