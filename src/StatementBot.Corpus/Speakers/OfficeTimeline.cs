namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Who held an office when, learned from the corpus: every document of a source that gives the office to a named
/// person ("Remarks by Vice President Harris", a turn by Kamala Harris, Vice President) is one piece of evidence for
/// that person on that date. The holder on a date is the person with most of the documents near it (and enough of
/// them), in the same source: the White House's "President" is not the ministry's. Not thread-safe while filled.
/// </summary>
/// <typeparam name="T">What a holder is (a speaker group).</typeparam>
internal sealed class OfficeTimeline<T> where T : class
{
    private const double MinimumShare = 0.6;
    private const int MinimumDocuments = 2;
    private static readonly int[] WindowDays = [30, 90, 180];

    private readonly Dictionary<(string Office, string Source), List<Evidence>> _evidence = [];
    private readonly HashSet<(string Office, string Document, T Holder)> _seen = [];
    private readonly Dictionary<string, Dictionary<string, int>> _displays = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="document"/> (once per office and holder) as showing <paramref name="holder"/> in <paramref name="role"/>.</summary>
    public void Add(string? role, string? source, DateOnly? date, string document, T holder)
    {
        var office = OfficeNames.Key(role);
        if (office.Length == 0 || date is not { } day || !_seen.Add((office, document, holder)))
        {
            return;
        }
        var key = (office, source ?? string.Empty);
        if (!_evidence.TryGetValue(key, out var list))
        {
            _evidence[key] = list = [];
        }
        list.Add(new Evidence(day, holder));
        if (!_displays.TryGetValue(office, out var displays))
        {
            _displays[office] = displays = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        var shown = RoleList.Clean(role)!;
        displays[shown] = displays.GetValueOrDefault(shown) + 1;
    }

    /// <summary>Sorts the evidence; call once, after the last <see cref="Add"/> and before asking.</summary>
    public void Seal()
    {
        foreach (var list in _evidence.Values)
        {
            list.Sort((a, b) => a.Date.CompareTo(b.Date));
        }
    }

    /// <summary>The one person the source's documents near <paramref name="date"/> show holding the office named by <paramref name="role"/>; null when unclear.</summary>
    public T? HolderAt(string? role, string? source, DateOnly? date)
    {
        if (date is not { } day || !_evidence.TryGetValue((OfficeNames.Key(role), source ?? string.Empty), out var list))
        {
            return null;
        }
        foreach (var days in WindowDays)
        {
            if (Dominant(list, day.AddDays(-days), day.AddDays(days)) is { } holder)
            {
                return holder;
            }
        }
        // Far from any evidence, only the one person the source ever shows in the office.
        return list.All(e => ReferenceEquals(e.Holder, list[0].Holder)) ? list[0].Holder : null;
    }

    /// <summary>
    /// Every holder's terms: the months each was the clear holder in some source, one term until someone else is
    /// (months nobody clearly held do not end it), each from the first to the last document that shows them in it.
    /// </summary>
    public Dictionary<T, List<OfficeTerm>> Terms()
    {
        var terms = new Dictionary<T, List<OfficeTerm>>();
        foreach (var ((office, _), list) in _evidence)
        {
            var display = _displays[office].OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First().Key;
            var runs = new List<(T Holder, List<DateOnly> Dates)>();
            for (var month = new DateOnly(list[0].Date.Year, list[0].Date.Month, 1); month <= list[^1].Date; month = month.AddMonths(1))
            {
                var end = month.AddMonths(1).AddDays(-1);
                if (Dominant(list, month.AddDays(-WindowDays[0]), end.AddDays(WindowDays[0])) is not { } holder)
                {
                    continue;
                }
                var dates = Between(list, month, end).Where(e => ReferenceEquals(e.Holder, holder)).Select(e => e.Date).ToList();
                if (dates.Count == 0)
                {
                    continue;
                }
                if (runs.Count > 0 && ReferenceEquals(runs[^1].Holder, holder))
                {
                    runs[^1].Dates.AddRange(dates);
                }
                else
                {
                    runs.Add((holder, dates));
                }
            }
            for (var r = 0; r < runs.Count; r++)
            {
                var (holder, dates) = runs[r];
                if (dates.Count < MinimumDocuments)
                {
                    continue;
                }
                // A month shared with the one before or after still shows when the term began and ended: the
                // holder's documents after the last of the previous holder's, before the first of the next.
                var after = r > 0 ? runs[r - 1].Dates.Max() : DateOnly.MinValue;
                var before = r + 1 < runs.Count ? runs[r + 1].Dates.Min() : DateOnly.MaxValue;
                var own = list.Where(e => ReferenceEquals(e.Holder, holder) && e.Date > after && e.Date < before).Select(e => e.Date).Concat(dates).ToList();
                (terms.TryGetValue(holder, out var known) ? known : terms[holder] = []).Add(new OfficeTerm(display, own.Min(), own.Max()));
            }
        }
        return terms;
    }

    private T? Dominant(List<Evidence> list, DateOnly from, DateOnly to)
    {
        var counts = new Dictionary<T, int>();
        var total = 0;
        foreach (var evidence in Between(list, from, to))
        {
            var holder = evidence.Holder;
            counts[holder] = counts.GetValueOrDefault(holder) + 1;
            total++;
        }
        if (total == 0)
        {
            return null;
        }
        var (top, count) = counts.MaxBy(c => c.Value);
        return count >= MinimumDocuments && count >= MinimumShare * total ? top : null;
    }

    private static IEnumerable<Evidence> Between(List<Evidence> list, DateOnly from, DateOnly to)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Date < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var i = lo; i < list.Count && list[i].Date <= to; i++)
        {
            yield return list[i];
        }
    }

    private readonly record struct Evidence(DateOnly Date, T Holder);
}
