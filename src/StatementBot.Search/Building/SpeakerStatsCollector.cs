using StatementBot.Corpus.Attribution;
using StatementBot.Search.Analysis;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Counts, while an index is built, what each speaker said: statements, documents, first and last date, and every
/// content word, so profiles never scan the index at query time. Not thread-safe: one thread feeds it.
/// </summary>
internal sealed class SpeakerStatsCollector
{
    private const int DistinctiveTermCount = 10;

    private readonly Vocabulary _vocabulary = new();
    private readonly Dictionary<string, Tally> _speakers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<long> _corpusCounts = [];
    private long _corpusTotal;

    public void Add(Statement statement)
    {
        if (!_speakers.TryGetValue(statement.Speaker, out var tally))
        {
            tally = new Tally();
            _speakers[statement.Speaker] = tally;
        }

        tally.Statements++;
        tally.Paths.Add(statement.Document.Path);
        if (statement.Document.Date is { } date)
        {
            tally.First = tally.First is { } first && first <= date ? first : date;
            tally.Last = tally.Last is { } last && last >= date ? last : date;
        }

        _vocabulary.Scan(statement.Text, stem =>
        {
            while (_corpusCounts.Count <= stem)
            {
                _corpusCounts.Add(0);
            }
            _corpusCounts[stem]++;
            _corpusTotal++;
            tally.Words++;
            tally.Counts[stem] = tally.Counts.GetValueOrDefault(stem) + 1;
        });
    }

    /// <summary>
    /// Each speaker's statistics, keyed by name (case-insensitive). <paramref name="namesOf"/> gives the names a
    /// speaker goes by, whose words are never distinctive of them.
    /// </summary>
    public Dictionary<string, SpeakerStats> Finish(Func<string, IEnumerable<string>> namesOf)
    {
        var display = _vocabulary.DisplayForms();
        var result = new Dictionary<string, SpeakerStats>(StringComparer.OrdinalIgnoreCase);
        foreach (var (speaker, tally) in _speakers)
        {
            var own = OwnNameStems(namesOf(speaker));
            var minimum = tally.Words switch { >= 5_000 => 5, >= 500 => 3, >= 100 => 2, _ => 1 };
            var terms = tally.Counts
                .Where(p => p.Value >= minimum && !own.Contains(p.Key))
                .Select(p => (Stem: p.Key, Score: LogLikelihood.Overuse(p.Value, _corpusCounts[p.Key] - p.Value, tally.Words, _corpusTotal - tally.Words)))
                .Where(t => t.Score > 0)
                .OrderByDescending(t => t.Score)
                .ThenBy(t => display[t.Stem], StringComparer.Ordinal)
                .Take(DistinctiveTermCount)
                .Select(t => display[t.Stem])
                .ToArray();
            result[speaker] = new SpeakerStats(tally.Statements, tally.Paths.Count, tally.First, tally.Last, terms);
        }
        return result;
    }

    private HashSet<int> OwnNameStems(IEnumerable<string> names)
    {
        var stems = new HashSet<int>();
        foreach (var name in names)
        {
            foreach (var token in TextTokenizer.Tokenize(name))
            {
                if (_vocabulary.StemOf(token.Term) is var stem and >= 0)
                {
                    stems.Add(stem);
                }
            }
        }
        return stems;
    }

    private sealed class Tally
    {
        public int Statements;
        public long Words;
        public DateOnly? First;
        public DateOnly? Last;
        public readonly HashSet<string> Paths = new(StringComparer.Ordinal);
        public readonly Dictionary<int, int> Counts = [];
    }
}
