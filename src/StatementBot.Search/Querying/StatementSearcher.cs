using Lucene.Net.Search;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Analysis;
using StatementBot.Search.Comparing;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Opening;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Querying;

/// <summary>
/// Answers the three questions the bot is asked, over an open index. Thread-safe: every call borrows a searcher
/// for its own duration, so calls run concurrently and a refresh never disturbs one in flight. User mistakes
/// (bad syntax, unknown or ambiguous speakers, reversed dates) come back as a <see cref="QueryError"/>, and so does a
/// search that meets one of its <see cref="SearchLimits"/> (too broad to finish in time, paged too deep, a prefix
/// standing for too many words).
/// </summary>
public sealed partial class StatementSearcher(StatementIndex index, SearchLimits? limits = null)
{
    public const int MaxPageSize = 50;

    private const int CompareSample = 50;

    private readonly SearchLimits _limits = limits ?? SearchLimits.Default;

    public SearchLimits Limits => _limits;

    /// <summary>The index it searches (for the services that ask other questions of the same index: /trend, /verify, /phrase).</summary>
    public StatementIndex Index => index;

    /// <summary>The speakers of the index in use (for autocomplete and name resolution).</summary>
    public SpeakerRegistry Speakers => index.Speakers;

    /// <summary>Sources or roles (<paramref name="option"/> "source" or "role") containing what was typed, most statements first.</summary>
    public IReadOnlyList<string> CompleteFilter(string option, string typed, int max)
    {
        using var lease = index.Acquire();
        return FilterResolver.Complete(lease.Searcher.IndexReader, option, typed, max);
    }

    /// <summary>/quote: statements matching the query text, filtered by speaker and dates, one page of them with snippets.</summary>
    public SearchResult<QuoteResult> Quote(QuoteQuery query) => Bounded(lease => Quote(lease, query));

    private SearchResult<QuoteResult> Quote(BoundedLease lease, QuoteQuery query)
    {
        var compiled = Compile(query?.Text, query?.In ?? TextScope.Said, lease);
        if (compiled.Error is { } syntax)
        {
            return syntax;
        }

        if (DateError(query!.From, query.To) is { } dates)
        {
            return dates;
        }

        var resolved = Resolve(lease, string.IsNullOrWhiteSpace(query.Speaker) ? [] : [query.Speaker]);
        if (resolved.Error is { } unknown)
        {
            return unknown;
        }

        var speaker = resolved.Value!.FirstOrDefault();
        var (page, size) = Paging(query.Page, query.PageSize);
        if (TooDeep(page, size) is { } deep)
        {
            return deep;
        }

        var narrowed = FilterResolver.Resolve(lease.Searcher.IndexReader, query.Filters);
        if (narrowed.Error is { } unmatched)
        {
            return unmatched;
        }

        var (clause, applied) = narrowed.Value!;
        var top = Search(lease, IndexSchema.Content.Weighted(compiled.Value!.Query), Filter(speaker, query.From, query.To, clause), SortFor(query.Sort), page * size);
        var hits = ExchangeHits(lease, top, (page - 1) * size, size, compiled.Value.Highlights);
        return new QuoteResult(query.Text, top.TotalHits, page, size, hits)
        {
            Speaker = speaker,
            In = query.In,
            Filters = applied,
            AlsoMatching = compiled.Value.AlsoMatching,
            DidYouMean = compiled.Value.DidYouMean,
        };
    }

    /// <summary>/speaker: who the speaker is in the corpus, and their newest statements or the best ones about <paramref name="about"/>.</summary>
    public SearchResult<SpeakerProfile> Speaker(string name, string? about = null, int page = 1, int pageSize = 5, TextScope scope = TextScope.Said) =>
        Bounded(lease => Speaker(lease, name, about, page, pageSize, scope));

    private SearchResult<SpeakerProfile> Speaker(BoundedLease lease, string name, string? about, int page, int pageSize, TextScope scope)
    {
        var topic = CompileTopic(about, scope, lease);
        if (topic.Error is { } syntax)
        {
            return syntax;
        }

        var resolved = Resolve(lease, [name]);
        if (resolved.Error is { } unknown)
        {
            return unknown;
        }

        var speaker = resolved.Value![0];
        var stats = lease.Generation.StatsOf(speaker.Name);
        var (number, size) = Paging(page, pageSize);
        if (TooDeep(number, size) is { } deep)
        {
            return deep;
        }

        var filter = Filter(speaker, null, null);
        var (top, leftOut) = topic.Value is { } compiledTopic
            ? (Search(lease, IndexSchema.Content.Weighted(compiledTopic.Query), filter, SortFor(SortOrder.Relevance), number * size), 0)
            : Latest(lease, filter, number * size, stats.Statements);
        var hits = Hits(lease, top, (number - 1) * size, size, topic.Value?.Highlights ?? HighlightTerms.None);
        var distinctive = new TermStems(new WordStemmer()).Without(stats.DistinctiveTerms, topic.Value?.Stems ?? new HashSet<string>());
        return new SpeakerProfile(speaker, stats.Statements, stats.Documents, stats.First, stats.Last, distinctive,
            topic.Value is null ? null : about!.Trim(), top.TotalHits, hits)
        {
            LeftOut = leftOut,
            In = scope,
            DistinctiveAgainst = stats.DistinctiveAgainst,
        };
    }

    /// <summary>
    /// A speaker's newest statements that say something, and how many filler turns ("Thank you.", "Go ahead.") the
    /// list leaves out; all of them when every one is filler (a speaker who only ever said "Thank you." still has a list).
    /// </summary>
    /// <remarks>The speaker's statement count comes from the build's statistics, so the list costs one search, not two.</remarks>
    private static (TopDocs Top, int LeftOut) Latest(BoundedLease lease, Filter? filter, int count, int statements)
    {
        var substantive = Search(lease, IndexSchema.Content.Only, filter, SortFor(SortOrder.Newest), count);
        return substantive.TotalHits > 0
            ? (substantive, Math.Max(0, statements - substantive.TotalHits))
            : (Search(lease, new MatchAllDocsQuery(), filter, SortFor(SortOrder.Newest), count), 0);
    }

    /// <summary>One statement by id, with its full text (for "more context"); null when the id is unknown.</summary>
    public StatementHit? Get(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        using var lease = index.Acquire();
        var top = lease.Searcher.Search(IndexSchema.Id.Match(id.Trim()), 1);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var document = lease.Searcher.Doc(top.ScoreDocs[0].Doc);
        var snippet = new SnippetBuilder(HighlightTerms.None).Build(IndexSchema.Text.Read(document));
        return IndexSchema.ToHit(document, snippet, 0);
    }

    /// <summary>
    /// Runs one call on a searcher borrowed for it, within the time budget: a search that outruns it, or that Lucene
    /// refuses as too many clauses, is answered with <see cref="SearchBoundsErrors.TooBroad"/>.
    /// </summary>
    private SearchResult<T> Bounded<T>(Func<BoundedLease, SearchResult<T>> search) where T : class
    {
        using var lease = new BoundedLease(index.Acquire(), _limits);
        try
        {
            return search(lease);
        }
        catch (Exception ex) when (ex is SearchTooBroadException or BooleanQuery.TooManyClausesException)
        {
            return SearchBoundsErrors.TooBroad;
        }
    }

    private SearchResult<CompiledQuery> Compile(string? text, TextScope scope, BoundedLease lease) =>
        QueryCompiler.Compile(text, lease.Searcher.IndexReader, scope, _limits.MaxPrefixTerms, lease.Deadline);

    private SearchResult<CompiledQuery> CompileTopic(string? about, TextScope scope, BoundedLease lease) =>
        string.IsNullOrWhiteSpace(about) ? new SearchResult<CompiledQuery>(null, null) : Compile(about, scope, lease);

    /// <summary>A page beyond <see cref="SearchLimits.MaxDepth"/>: refused with the last page there is, rather than ranked.</summary>
    private QueryError? TooDeep(int page, int size) =>
        (long)page * size > _limits.MaxDepth ? SearchBoundsErrors.TooDeep(page, _limits.LastPage(size), _limits.MaxDepth) : null;

    /// <summary>The one place typed names become speakers: each through the registry, the first unknown or ambiguous name an error.</summary>
    private static SearchResult<IReadOnlyList<SpeakerEntry>> Resolve(BoundedLease lease, IReadOnlyList<string> names)
    {
        var speakers = new List<SpeakerEntry>(names.Count);
        foreach (var name in names)
        {
            var resolved = SpeakerLookup.Resolve(lease.Generation.Speakers, name);
            if (resolved.Error is { } error)
            {
                return error;
            }
            speakers.Add(resolved.Value!);
        }
        return speakers;
    }

    private static QueryError? DateError(DateOnly? from, DateOnly? to) =>
        from > to ? new QueryError($"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd}); swap them.") : null;

    private static (int Page, int Size) Paging(int page, int size) => (Math.Max(page, 1), Math.Clamp(size, 1, MaxPageSize));

    private static Filter? Filter(SpeakerEntry? speaker, DateOnly? from, DateOnly? to, Query? narrowing = null)
    {
        var clauses = new BooleanQuery();
        if (narrowing is not null)
        {
            clauses.Add(narrowing, Occur.MUST);
        }
        if (speaker is not null)
        {
            clauses.Add(IndexSchema.Speaker.Filter(speaker.Name), Occur.MUST);
        }
        if (from is not null || to is not null)
        {
            clauses.Add(IndexSchema.Date.Range(from, to), Occur.MUST);
        }
        return clauses.Clauses.Count == 0 ? null : new QueryWrapperFilter(clauses);
    }

    /// <summary>
    /// Date orders break ties by relevance, relevance breaks ties by date (newest first: wildcard matches all score
    /// alike), and the id settles the rest, so the same query always lists hits in the same order. The id is compared
    /// by its rank (<see cref="IdOrder"/>), the order of <see cref="IndexSchema.Id.Sort"/> without a copy of each id.
    /// </summary>
    private static Sort SortFor(SortOrder order) => order switch
    {
        SortOrder.Newest => new Sort(IndexSchema.Date.Sort(newestFirst: true), SortField.FIELD_SCORE, IdOrder.Sort),
        SortOrder.Oldest => new Sort(IndexSchema.Date.Sort(newestFirst: false), SortField.FIELD_SCORE, IdOrder.Sort),
        _ => new Sort(SortField.FIELD_SCORE, IndexSchema.Date.Sort(newestFirst: true), IdOrder.Sort),
    };

    private static TopDocs Search(BoundedLease lease, Query query, Filter? filter, Sort sort, int depth)
    {
        var count = Math.Max(1, Math.Min(depth, lease.Searcher.IndexReader.MaxDoc));
        return lease.Searcher.Search(query, filter, count, sort, doDocScores: true, doMaxScore: false);
    }

    /// <summary>Loads only the hits on the page, and cuts a snippet for each.</summary>
    private static StatementHit[] Hits(BoundedLease lease, TopDocs top, int skip, int take, HighlightTerms highlights)
    {
        if (skip >= top.ScoreDocs.Length)
        {
            return [];
        }

        var snippets = new SnippetBuilder(highlights, lease.Searcher.IndexReader);
        return top.ScoreDocs
            .Skip(skip)
            .Take(take)
            .Select(scored => ToHit(lease.Searcher.Doc(scored.Doc), scored, snippets))
            .ToArray();
    }

    /// <summary>
    /// The page's hits with each exchange's follow-ups folded into its best hit (<see cref="ExchangeFolding"/>). The
    /// page still covers the same ranks, so page 2 starts right after page 1 whatever was folded.
    /// </summary>
    private static StatementHit[] ExchangeHits(BoundedLease lease, TopDocs top, int skip, int take, HighlightTerms highlights)
    {
        var page = top.ScoreDocs.Skip(skip).Take(take).Select(scored => (Scored: scored, Document: lease.Searcher.Doc(scored.Doc))).ToArray();
        var snippets = new SnippetBuilder(highlights, lease.Searcher.IndexReader);
        return ExchangeFolding.Fold(page, h => IndexSchema.DocumentPath.Read(h.Document), h => IndexSchema.Position.Read(h.Document), h => IndexSchema.SpeakerName.Read(h.Document))
            .Select(shown => ToHit(shown.Hit.Document, shown.Hit.Scored, snippets) with
            {
                Folded = shown.Folded.Select(f => IndexSchema.Id.Read(f.Document)).ToArray(),
            })
            .ToArray();
    }

    private static StatementHit ToHit(Lucene.Net.Documents.Document document, ScoreDoc scored, SnippetBuilder snippets) =>
        IndexSchema.ToHit(document, snippets.Build(IndexSchema.Text.Read(document), scored.Doc), float.IsNaN(scored.Score) ? 0 : scored.Score);
}
