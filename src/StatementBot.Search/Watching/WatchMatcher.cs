using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;
using Lucene.Net.Search;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Watching;

/// <summary>
/// Matches new statements against every watch. Each watch's query is compiled once, by the compiler /quote uses and
/// against the index in use (so acronyms, other names of the same thing and the speaker filter read the same); each
/// new statement is indexed the way the index writes it (<see cref="IndexSchema.ToDocument"/> and its analyzers) into
/// a one-document <see cref="MemoryIndex"/>, and only the watches one of whose trigger terms it contains
/// (<see cref="QueryTriggers"/>), of its speaker and kind, are run on it. Not thread-safe: one caller at a time.
/// </summary>
public sealed class WatchMatcher(StatementIndex index)
{
    private readonly Analyzer _analyzer = IndexSchema.CreateAnalyzer();
    private readonly MemoryIndex _memory = new();
    private Dictionary<long, CompiledWatch> _watches = [];
    private Dictionary<string, Dictionary<string, List<CompiledWatch>>> _byTerm = [];
    private List<CompiledWatch> _untriggered = [];
    private string[] _fields = [];

    /// <summary>How many watches are set and compiled.</summary>
    public int Count => _watches.Count;

    /// <summary>
    /// The watches to match from now on: those already compiled with the same query, speaker and kind are kept as
    /// they are, the others compiled. A watch the compiler now refuses is left out and returned with the reason.
    /// </summary>
    public IReadOnlyList<(WatchQuery Watch, QueryError Error)> Set(IEnumerable<WatchQuery> watches)
    {
        var refused = new List<(WatchQuery, QueryError)>();
        var next = new Dictionary<long, CompiledWatch>();
        using (var lease = index.Acquire())
        {
            var reader = lease.Searcher.IndexReader;
            foreach (var watch in watches)
            {
                if (_watches.TryGetValue(watch.Id, out var known) && known.Watch == watch)
                {
                    next[watch.Id] = known;
                }
                else if (Compile(watch, reader) is { } compiled)
                {
                    next[watch.Id] = compiled;
                }
                else
                {
                    refused.Add((watch, QueryCompiler.Compile(watch.Text, reader).Error ?? new QueryError("The query cannot be read.")));
                }
            }
        }

        _watches = next;
        _byTerm = [];
        _untriggered = [];
        _fields = next.Values.SelectMany(w => w.Requirements).SelectMany(set => set).Select(t => t.Field).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var watch in next.Values)
        {
            if (watch.Triggers is null)
            {
                _untriggered.Add(watch);
                continue;
            }

            foreach (var term in watch.Triggers)
            {
                var field = _byTerm.TryGetValue(term.Field, out var f) ? f : _byTerm[term.Field] = new(StringComparer.Ordinal);
                (field.TryGetValue(term.Text, out var list) ? list : field[term.Text] = []).Add(watch);
            }
        }

        return refused;
    }

    /// <summary>The statements with these ids in the index in use, each with the watches it matches; ids no longer there are left out.</summary>
    public IReadOnlyList<StatementMatches> Match(IEnumerable<string> ids)
    {
        var statements = new List<StoredStatement>();
        using (var lease = index.Acquire())
        {
            foreach (var id in ids)
            {
                var top = lease.Searcher.Search(IndexSchema.Id.Match(id), 1);
                if (top.TotalHits > 0)
                {
                    statements.Add(StoredStatement.From(lease.Searcher.Doc(top.ScoreDocs[0].Doc)));
                }
            }
        }

        return statements.Select(Match).ToArray();
    }

    internal StatementMatches Match(StoredStatement statement)
    {
        _memory.Reset();
        foreach (var field in IndexSchema.ToDocument(statement.Statement, statement.Id).Fields)
        {
            if (field.IndexableFieldType.IsIndexed)
            {
                _memory.AddField(field.Name, field.GetTokenStream(_analyzer));
            }
        }

        var searcher = _memory.CreateSearcher();
        var terms = Terms((AtomicReader)searcher.IndexReader);
        var speaker = IndexSchema.Speaker.Key(statement.Statement.Speaker);
        var matches = new List<WatchMatch>();
        foreach (var watch in Candidates(terms))
        {
            if ((watch.SpeakerKey is null || watch.SpeakerKey == speaker) && (watch.Kind is null || watch.Kind == statement.Statement.Kind)
                && watch.CanMatch(terms) && (watch.Decided || Matches(searcher, watch.Query)))
            {
                matches.Add(new WatchMatch(watch.Watch.Id, statement.Hit, watch.Highlights));
            }
        }

        return new StatementMatches(statement.Id, matches.OrderBy(m => m.WatchId).ToArray());
    }

    /// <summary>The statement's terms in each field some watch needs a term of.</summary>
    private Dictionary<string, HashSet<string>> Terms(AtomicReader reader)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (reader.GetTerms(field) is { } terms)
            {
                var walk = terms.GetEnumerator();
                while (walk.MoveNext())
                {
                    set.Add(walk.Term.Utf8ToString());
                }
            }

            found[field] = set;
        }

        return found;
    }

    /// <summary>The watches filed under a term the statement has, and those filed under none.</summary>
    private IEnumerable<CompiledWatch> Candidates(Dictionary<string, HashSet<string>> terms)
    {
        var seen = new HashSet<long>();
        foreach (var (field, watched) in _byTerm)
        {
            foreach (var term in terms[field])
            {
                if (watched.TryGetValue(term, out var list))
                {
                    foreach (var watch in list.Where(w => seen.Add(w.Watch.Id)))
                    {
                        yield return watch;
                    }
                }
            }
        }

        foreach (var watch in _untriggered)
        {
            yield return watch;
        }
    }

    private static bool Matches(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits > 0;
    }

    private static CompiledWatch? Compile(WatchQuery watch, IndexReader reader)
    {
        var compiled = QueryCompiler.Compile(watch.Text, reader, TextScope.Said);
        if (compiled.Value is not { } query)
        {
            return null;
        }

        var requirements = QueryTriggers.Requirements(query.Query, reader.DocFreq);
        var speaker = watch.Speaker is { Length: > 0 } name ? IndexSchema.Speaker.Key(name) : null;
        var decided = requirements.Count > 0 && QueryTriggers.Decides(query.Query);
        return new CompiledWatch(watch, query.Query, query.Highlights, speaker, watch.Kind, requirements, QueryTriggers.Rarest(requirements, reader.DocFreq), decided);
    }
}
