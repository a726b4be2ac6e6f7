using Lucene.Net.Search;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Trends;

/// <summary>
/// What a count over all matches runs on: the compiled query, the named speakers resolved through the registry, and
/// the filter for them and the dates. User mistakes (syntax, unknown or repeated speakers, reversed dates) are errors.
/// </summary>
internal sealed record MatchScope(CompiledQuery Compiled, IReadOnlyList<SpeakerEntry> Speakers, Filter? Filter, AppliedFilters Applied)
{
    public Query Query => Compiled.Query;

    public static SearchResult<MatchScope> Prepare(SearcherLease lease, string? text, IReadOnlyList<string> names, DateOnly? from, DateOnly? to, TextScope scope, StatementFilters filters)
    {
        var compiled = QueryCompiler.Compile(text, lease.Searcher.IndexReader, scope);
        if (compiled.Error is { } syntax)
        {
            return syntax;
        }

        if (from > to)
        {
            return new QueryError($"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd}); swap them.");
        }

        var speakers = new List<SpeakerEntry>(names.Count);
        foreach (var name in names)
        {
            var resolved = SpeakerLookup.Resolve(lease.Generation.Speakers, name);
            if (resolved.Error is { } unknown)
            {
                return unknown;
            }

            if (speakers.Any(s => string.Equals(s.Name, resolved.Value!.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return new QueryError($"{resolved.Value!.Name} is named twice; name each speaker once.");
            }

            speakers.Add(resolved.Value!);
        }

        var narrowed = FilterResolver.Resolve(lease.Searcher.IndexReader, filters);
        if (narrowed.Error is { } unmatched)
        {
            return unmatched;
        }

        var (clause, applied) = narrowed.Value!;
        return new MatchScope(compiled.Value!, speakers, FilterFor(speakers, from, to, clause), applied);
    }

    private static Filter? FilterFor(IReadOnlyList<SpeakerEntry> speakers, DateOnly? from, DateOnly? to, Query? narrowing)
    {
        var clauses = new BooleanQuery();
        if (narrowing is not null)
        {
            clauses.Add(narrowing, Occur.MUST);
        }
        if (speakers.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var speaker in speakers)
            {
                anyOf.Add(IndexSchema.Speaker.Filter(speaker.Name), Occur.SHOULD);
            }
            clauses.Add(anyOf, Occur.MUST);
        }

        if (from is not null || to is not null)
        {
            clauses.Add(IndexSchema.Date.Range(from, to), Occur.MUST);
        }

        return clauses.Clauses.Count == 0 ? null : new QueryWrapperFilter(clauses);
    }
}
