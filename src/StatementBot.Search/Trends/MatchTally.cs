using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Trends;

/// <summary>
/// Collects every statement a query matches by reading doc values only — speaker, date, organisation — never a
/// stored document, so the counts are over all matches, not a page of hits. Each match is tallied to its
/// <see cref="MatchGroup"/>; with <c>keepDates</c> its group and date are kept too, for counting per period. Not
/// thread-safe: one per request.
/// </summary>
internal sealed class MatchTally(bool keepDates) : ICollector
{
    private readonly Dictionary<(string Key, bool ByOrganisation), int> _ids = [];
    private readonly List<MatchGroup> _groups = [];
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _speakers;
    private NumericDocValues? _dates;
    private NumericDocValues? _organisations;
    private int[] _leafIds = [];
    private int[] _matchGroups = keepDates ? new int[256] : [];
    private int[] _matchDates = keepDates ? new int[256] : [];

    /// <summary>Matches whose statement has no speaker value (never written by the current schema; counted, not grouped).</summary>
    public int Unattributed { get; private set; }

    public int Count { get; private set; }

    public IReadOnlyList<MatchGroup> Groups => _groups;

    /// <summary>The <see cref="Count"/> kept matches' groups (indexes into <see cref="Groups"/>); empty without <c>keepDates</c>.</summary>
    public ReadOnlySpan<int> MatchGroups => _matchGroups.AsSpan(0, keepDates ? Count - Unattributed : 0);

    /// <summary>The kept matches' dates, parallel to <see cref="MatchGroups"/> (0 when undated).</summary>
    public ReadOnlySpan<int> MatchDates => _matchDates.AsSpan(0, keepDates ? Count - Unattributed : 0);

    public bool AcceptsDocsOutOfOrder => true;

    public static MatchTally Collect(IndexSearcher searcher, Query query, Filter? filter, bool keepDates)
    {
        var tally = new MatchTally(keepDates);
        searcher.Search(query, filter, tally);
        return tally;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _speakers = IndexSchema.SpeakerName.Values(context.AtomicReader);
        _dates = IndexSchema.Date.Values(context.AtomicReader);
        _organisations = IndexSchema.ByOrganisation.Values(context.AtomicReader);
        _leafIds = new int[2 * (_speakers?.ValueCount ?? 0)];
        Array.Fill(_leafIds, -1);
    }

    public void Collect(int doc)
    {
        Count++;
        var ordinal = _speakers?.GetOrd(doc) ?? -1;
        if (ordinal < 0)
        {
            Unattributed++;
            return;
        }

        var byOrganisation = _organisations?.Get(doc) == 1;
        var slot = (2 * ordinal) + (byOrganisation ? 1 : 0);
        var id = _leafIds[slot];
        if (id < 0)
        {
            id = _leafIds[slot] = GroupOf(ordinal, byOrganisation);
        }

        var date = (int)(_dates?.Get(doc) ?? 0);
        _groups[id].Add(date);
        if (keepDates)
        {
            Keep(id, date);
        }
    }

    private int GroupOf(int ordinal, bool byOrganisation)
    {
        _speakers!.LookupOrd(ordinal, _scratch);
        var name = _scratch.Utf8ToString();
        var key = (IndexSchema.Speaker.Key(name), byOrganisation);
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _groups.Count;
            _ids[key] = id;
            _groups.Add(new MatchGroup(name, byOrganisation));
        }
        return id;
    }

    private void Keep(int group, int date)
    {
        var at = Count - Unattributed - 1;
        if (at == _matchGroups.Length)
        {
            Array.Resize(ref _matchGroups, at * 2);
            Array.Resize(ref _matchDates, at * 2);
        }

        _matchGroups[at] = group;
        _matchDates[at] = date;
    }
}
