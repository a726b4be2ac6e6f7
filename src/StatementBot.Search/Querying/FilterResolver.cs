using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// Turns typed source and role names into index terms. A value naming one source or role exactly (case, spacing and
/// punctuation aside) picks it; otherwise every one containing its words does ("spokesperson" picks each
/// spokesperson's role) when there are at most <see cref="MaxMatched"/>; otherwise, or when nothing matches, the
/// user gets the closest names to choose from. The values are read once per index reader.
/// </summary>
public static class FilterResolver
{
    public const int MaxMatched = 10;
    private const int Listed = 8;

    private static readonly ConditionalWeakTable<IndexReader, FilterValues> Cache = new();

    /// <summary>The query clause the filters add (null when none), and what they matched.</summary>
    public static SearchResult<FilterClause> Resolve(IndexReader reader, StatementFilters? filters)
    {
        if (filters is null || filters.IsEmpty)
        {
            return FilterClause.None;
        }

        var values = ValuesOf(reader);
        var clause = new BooleanQuery();
        if (filters.Kind is { } kind)
        {
            clause.Add(IndexSchema.Kind.Filter(kind), Occur.MUST);
        }

        IReadOnlyList<string> sources = [];
        if (!string.IsNullOrWhiteSpace(filters.Source))
        {
            var picked = Pick(values.Sources, filters.Source, "source", "sources");
            if (picked.Error is { } error)
            {
                return error;
            }
            sources = picked.Value!;
            clause.Add(AnyOf(sources, IndexSchema.SourceKey.Match), Occur.MUST);
        }

        IReadOnlyList<string> roles = [];
        if (!string.IsNullOrWhiteSpace(filters.Role))
        {
            var picked = Pick(values.Roles, filters.Role, "role", "roles");
            if (picked.Error is { } error)
            {
                return error;
            }
            roles = picked.Value!;
            clause.Add(AnyOf(roles, IndexSchema.RoleKey.Match), Occur.MUST);
        }

        return new FilterClause(clause, new AppliedFilters(filters.Kind, sources, roles));
    }

    /// <summary>Sources (kind: "source") or roles ("role") containing what was typed, most statements first.</summary>
    public static IReadOnlyList<string> Complete(IndexReader reader, string option, string typed, int max)
    {
        var values = ValuesOf(reader);
        var list = option == "role" ? values.Roles : values.Sources;
        var key = FilterKey.Of(typed);
        return list.Where(v => key.Length == 0 || v.Key.Contains(key, StringComparison.Ordinal)).Take(max).Select(v => v.Shown).ToArray();
    }

    private static FilterValues ValuesOf(IndexReader reader) => Cache.GetValue(reader, r => new FilterValues(
        Grouped(IndexSchema.ValuesOf(r, IndexSchema.SourceKey.ShownName)),
        Grouped(IndexSchema.ValuesOf(r, IndexSchema.RoleKey.ShownName))));

    /// <summary>One entry per key, shown as its most used spelling, most statements first.</summary>
    private static IReadOnlyList<FilterValue> Grouped(IReadOnlyList<(string Value, int Statements)> shown) =>
        shown.GroupBy(s => FilterKey.Of(s.Value), StringComparer.Ordinal)
            .Select(g => new FilterValue(g.Key, g.OrderByDescending(s => s.Statements).First().Value, g.Sum(s => s.Statements)))
            .OrderByDescending(v => v.Statements)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .ToArray();

    private static SearchResult<IReadOnlyList<string>> Pick(IReadOnlyList<FilterValue> known, string typed, string what, string whats)
    {
        var key = FilterKey.Of(typed);
        var said = Echo.Of(typed.Trim());
        if (known.FirstOrDefault(v => v.Key == key) is { } exact)
        {
            return new[] { exact.Shown };
        }

        var padded = " " + key + " ";
        var containing = key.Length == 0 ? [] : known.Where(v => (" " + v.Key + " ").Contains(padded, StringComparison.Ordinal)).ToArray();
        if (containing.Length is > 0 and <= MaxMatched)
        {
            return containing.Select(v => v.Shown).ToArray();
        }

        if (containing.Length > MaxMatched)
        {
            return new QueryError(
                $"\"{said}\" matches {containing.Length} {whats}; pick one: {string.Join(", ", containing.Take(Listed).Select(v => v.Shown))}…",
                containing.Take(Listed).Select(v => v.Shown).ToArray());
        }

        if (known.Count == 0)
        {
            return new QueryError($"No statement in the index records its {what}, so none can be filtered by it.", []);
        }

        var close = known.Where(v => v.Key.Split(' ').Intersect(key.Split(' ')).Any()).Take(Listed).ToArray();
        var offered = close.Length > 0 ? close : known.Take(Listed).ToArray();
        return new QueryError(
            $"No {what} called \"{said}\" in the index. " + (close.Length > 0 ? "Did you mean: " : $"The {whats} with the most statements: ")
                + string.Join(", ", offered.Select(v => v.Shown)) + ".",
            offered.Select(v => v.Shown).ToArray());
    }

    private static Query AnyOf(IReadOnlyList<string> shown, Func<string, Query> match)
    {
        if (shown.Count == 1)
        {
            return match(FilterKey.Of(shown[0]));
        }

        var any = new BooleanQuery();
        foreach (var value in shown)
        {
            any.Add(match(FilterKey.Of(value)), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>What the filters add to a search (null: nothing), and what they matched.</summary>
    public sealed record FilterClause(Query? Clause, AppliedFilters Applied)
    {
        public static FilterClause None { get; } = new(null, AppliedFilters.None);
    }

    private sealed record FilterValue(string Key, string Shown, int Statements);

    private sealed record FilterValues(IReadOnlyList<FilterValue> Sources, IReadOnlyList<FilterValue> Roles);
}
