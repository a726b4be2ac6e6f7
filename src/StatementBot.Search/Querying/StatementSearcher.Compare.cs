using Lucene.Net.Search;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Analysis;
using StatementBot.Search.Comparing;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Querying;

/// <summary>/compare: two speakers side by side, within the same bounds as every other search.</summary>
public sealed partial class StatementSearcher
{
    /// <summary>/compare: each speaker's best statements on <paramref name="about"/> (or newest), totals, and words only one side uses.</summary>
    public SearchResult<Comparison> Compare(string a, string b, string? about = null, int perSide = 3, TextScope scope = TextScope.Said, StatementFilters? filters = null) =>
        Bounded(lease => Compare(lease, a, b, about, perSide, scope, filters ?? StatementFilters.None));

    private SearchResult<Comparison> Compare(BoundedLease lease, string a, string b, string? about, int perSide, TextScope scope, StatementFilters filters)
    {
        var topic = CompileTopic(about, scope, lease);
        if (topic.Error is { } syntax)
        {
            return syntax;
        }

        var resolved = Resolve(lease, [a, b]);
        if (resolved.Error is { } unknown)
        {
            return unknown;
        }

        var (first, second) = (resolved.Value![0], resolved.Value[1]);
        if (string.Equals(first.Name, second.Name, StringComparison.OrdinalIgnoreCase))
        {
            return new QueryError($"Pick two different speakers to compare (both names are {first.Name}).");
        }

        var narrowed = FilterResolver.Resolve(lease.Searcher.IndexReader, filters);
        if (narrowed.Error is { } unmatched)
        {
            return unmatched;
        }

        var (clause, applied) = narrowed.Value!;
        var count = Math.Clamp(perSide, 1, 10);
        var stemmer = new WordStemmer();
        var sideA = Side(lease, first, topic.Value, count, stemmer, clause);
        var sideB = Side(lease, second, topic.Value, count, stemmer, clause);
        var excluded = NameStems(stemmer, first, second);
        if (topic.Value is not null)
        {
            excluded.UnionWith(topic.Value.Stems);
        }

        return new Comparison(
            topic.Value is null ? null : about!.Trim(),
            sideA.ToResult(DistinctWords(lease, sideA, sideB, topic.Value, excluded, stemmer)),
            sideB.ToResult(DistinctWords(lease, sideB, sideA, topic.Value, excluded, stemmer)))
        {
            Filters = applied,
        };
    }


    private static CompareSideSearch Side(BoundedLease lease, SpeakerEntry speaker, CompiledQuery? topic, int count, WordStemmer stemmer, Query? narrowing)
    {
        var filter = Filter(speaker, null, null, narrowing);
        var sort = SortFor(topic is null ? SortOrder.Newest : SortOrder.Relevance);
        var query = topic is null ? new MatchAllDocsQuery() : IndexSchema.Content.Weighted(topic.Query);
        // Only a topic's words are sampled: without one, ranking more than the shown hits would be wasted.
        var top = Search(lease, query, filter, sort, topic is null ? count : Math.Max(count, CompareSample));
        var hits = Hits(lease, top, 0, count, topic?.Highlights ?? HighlightTerms.None);
        var words = new TopicWords(stemmer, lease.Generation.Phrases);
        if (topic is not null)
        {
            foreach (var scored in top.ScoreDocs)
            {
                words.Add(lease.Searcher, scored.Doc);
            }
        }
        return new CompareSideSearch(speaker, filter!, top.TotalHits, hits, words, lease.Generation.StatsOf(speaker.Name));
    }

    /// <summary>
    /// Words and phrases <paramref name="mine"/> uses that <paramref name="other"/> never does (see <see cref="CompareTerms"/>):
    /// on a topic ranked by log-odds between the two sides' best matching statements, overall the speaker's own
    /// distinctive terms; each checked against all of the other side's (matching) statements.
    /// </summary>
    private static IReadOnlyList<string> DistinctWords(
        BoundedLease lease, CompareSideSearch mine, CompareSideSearch other, CompiledQuery? topic, HashSet<string> excluded, WordStemmer stemmer)
    {
        var searcher = lease.Searcher;
        var scope = topic?.Query ?? new MatchAllDocsQuery();
        StatementSet? others = null;
        bool UsedByOther(string term)
        {
            lease.Deadline.Check();
            var stems = term.Split(' ');
            others ??= StatementSet.Collect(searcher, scope, other.Filter);
            return stems.Length == 1
                ? others.AnyWith(IndexSchema.Text.Term(term))
                : others.AnyWithPhrase(stems.Select(IndexSchema.Text.Term).ToArray());
        }

        return topic is null
            ? CompareTerms.Overall(lease.Generation.StatsOf(mine.Speaker.Name).DistinctiveTerms, new TermStems(stemmer), excluded, UsedByOther)
            : CompareTerms.OnTopic(searcher.IndexReader, mine.Words, other.Words, other.Total, lease.Generation.Phrases, excluded, UsedByOther);
    }

    private static HashSet<string> NameStems(WordStemmer stemmer, params SpeakerEntry[] speakers)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in speakers.SelectMany(s => s.Aliases.Prepend(s.Name)))
        {
            foreach (var token in TextTokenizer.Tokenize(name))
            {
                if (stemmer.Stem(token.Term) is { } stem)
                {
                    stems.Add(stem);
                }
            }
        }
        return stems;
    }

    private sealed record CompareSideSearch(SpeakerEntry Speaker, Filter Filter, int Total, IReadOnlyList<StatementHit> Hits, TopicWords Words, SpeakerStats Stats)
    {
        public CompareSide ToResult(IReadOnlyList<string> distinct) =>
            new(Speaker.Name, Total, distinct, Hits, Math.Max(Stats.Statements, Total), Stats.First, Stats.Last);
    }
}
