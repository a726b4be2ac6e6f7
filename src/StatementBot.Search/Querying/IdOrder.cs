using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// The statement-id tie-break of every sort, in the same order as <see cref="IndexSchema.Id.Sort"/> (the ids' bytes),
/// read as one rank per statement. Lucene's string comparer copies each competitive hit's id out of the doc values,
/// and Lucene 4.8 allocates a new byte array for every copy: a /compare on a speaker with thousands of statements made
/// 1.5 MB of garbage that way, and every /quote some 30 KB. The ranks are the ids' ordinals over the whole index
/// (<see cref="MultiDocValues.GetSortedValues"/>: global ordinals follow byte order across segments), worked out once
/// per open reader (4 bytes a statement) and kept with it. Thread-safe.
/// </summary>
internal static class IdOrder
{
    private static readonly ConditionalWeakTable<IndexReader, int[]> RanksByReader = new();

    /// <summary>Sorts by statement id, ascending; a statement without one first (as Lucene's string sort does).</summary>
    public static SortField Sort { get; } = new(IndexSchema.Id.Name, new RankSource());

    /// <summary>Each statement's rank by id in <paramref name="reader"/> (a top-level reader), -1 where it has none.</summary>
    public static int[] RanksOf(IndexReader reader) => RanksByReader.GetValue(reader, Ranks);

    private static int[] Ranks(IndexReader reader)
    {
        var ranks = new int[reader.MaxDoc];
        var ids = MultiDocValues.GetSortedValues(reader, IndexSchema.Id.Name);
        for (var doc = 0; doc < ranks.Length; doc++)
        {
            ranks[doc] = ids?.GetOrd(doc) ?? -1;
        }
        return ranks;
    }

    private sealed class RankSource : FieldComparerSource
    {
        public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new RankComparer(numHits);
    }

    /// <summary>Compares hits by their id's rank: ints copied into slots, nothing allocated per hit.</summary>
    private sealed class RankComparer(int hits) : FieldComparer<J2N.Numerics.Int32>
    {
        private readonly int[] _slots = new int[hits];
        private int[] _ranks = [];
        private int _docBase;
        private int _bottom;
        private int _top;

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(J2N.Numerics.Int32 value) => _top = value.ToInt32();

        public override int CompareBottom(int doc) => _bottom.CompareTo(_ranks[_docBase + doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_ranks[_docBase + doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _ranks[_docBase + doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _ranks = RanksOf(ReaderUtil.GetTopLevelContext(context).Reader);
            _docBase = context.DocBase;
            return this;
        }

        public override J2N.Numerics.Int32 this[int slot] => J2N.Numerics.Int32.GetInstance(_slots[slot]);
    }
}
