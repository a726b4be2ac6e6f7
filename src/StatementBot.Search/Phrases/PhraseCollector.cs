using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Phrases;

/// <summary>
/// Counts every statement a phrase query matches — by speaker, by year, the earliest and the latest — from doc values
/// (the date) and the uninverted speaker keyword, without loading a stored field. Not thread-safe: one per request.
/// </summary>
internal sealed class PhraseCollector : ICollector
{
    private readonly Dictionary<string, SpeakerTally> _speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly BytesRef _bytes = new();
    private NumericDocValues? _dates;
    private IBits? _dated;
    private SortedDocValues? _speakerKeys;
    private int _docBase;

    public int Total { get; private set; }

    public int Undated { get; private set; }

    /// <summary>The earliest dated statement (the first in index order among those of its day), or -1.</summary>
    public int First { get; private set; } = -1;

    /// <summary>The latest dated statement (the last in index order among those of its day), or -1.</summary>
    public int Latest { get; private set; } = -1;

    public int FirstDate { get; private set; } = int.MaxValue;

    public int LatestDate { get; private set; } = int.MinValue;

    /// <summary>Statements per speaker key, with the speaker's first and last dates.</summary>
    public IReadOnlyDictionary<string, SpeakerTally> Speakers => _speakers;

    /// <summary>Dated statements per year.</summary>
    public IReadOnlyDictionary<int, int> Years => _years;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _dates = context.AtomicReader.GetNumericDocValues(IndexSchema.Date.Name);
        _dated = context.AtomicReader.GetDocsWithField(IndexSchema.Date.Name);
        _speakerKeys = FieldCache.DEFAULT.GetTermsIndex(context.AtomicReader, IndexSchema.Speaker.Name);
    }

    public void Collect(int doc)
    {
        Total++;
        var date = _dates is not null && _dated is not null && _dated.Get(doc) ? (int)_dates.Get(doc) : 0;
        var speaker = SpeakerKey(doc);
        if (!_speakers.TryGetValue(speaker, out var tally))
        {
            tally = new SpeakerTally();
            _speakers[speaker] = tally;
        }

        tally.Add(date);
        if (date == 0)
        {
            Undated++;
            return;
        }

        var year = date / 10_000;
        _years[year] = _years.GetValueOrDefault(year) + 1;
        if (date < FirstDate)
        {
            (FirstDate, First) = (date, _docBase + doc);
        }

        if (date >= LatestDate)
        {
            (LatestDate, Latest) = (date, _docBase + doc);
        }
    }

    private string SpeakerKey(int doc)
    {
        var ord = _speakerKeys?.GetOrd(doc) ?? -1;
        if (ord < 0)
        {
            return "";
        }

        _speakerKeys!.LookupOrd(ord, _bytes);
        return _bytes.Utf8ToString();
    }

    /// <summary>One speaker's count and date span among the matches (dates as yyyymmdd; 0 when none is dated).</summary>
    internal sealed class SpeakerTally
    {
        public int Count { get; private set; }

        public int First { get; private set; }

        public int Last { get; private set; }

        public void Add(int date)
        {
            Count++;
            if (date != 0)
            {
                First = First == 0 ? date : Math.Min(First, date);
                Last = Math.Max(Last, date);
            }
        }
    }
}
