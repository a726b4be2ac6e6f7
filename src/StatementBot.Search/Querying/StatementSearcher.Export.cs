using Lucene.Net.Search;
using StatementBot.Search.Exporting;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>Exports: every statement a search matches (up to a cap), with its metadata, within the same bounds.</summary>
public sealed partial class StatementSearcher
{
    /// <summary>The statements <paramref name="query"/> matches, at most <paramref name="max"/> of them, in its order.</summary>
    public SearchResult<ExportResult> Export(ExportQuery query, int max) => Bounded(lease => Export(lease, query, max));

    private SearchResult<ExportResult> Export(BoundedLease lease, ExportQuery query, int max)
    {
        var compiled = CompileTopic(query.Text, query.In, lease);
        if (compiled.Error is { } syntax)
        {
            return syntax;
        }

        if (DateError(query.From, query.To) is { } dates)
        {
            return dates;
        }

        var resolved = Resolve(lease, query.Speakers);
        if (resolved.Error is { } unknown)
        {
            return unknown;
        }

        var narrowed = FilterResolver.Resolve(lease.Searcher.IndexReader, query.Filters);
        if (narrowed.Error is { } unmatched)
        {
            return unmatched;
        }

        var clauses = new BooleanQuery();
        if (narrowed.Value!.Clause is { } clause)
        {
            clauses.Add(clause, Occur.MUST);
        }

        if (resolved.Value!.Count > 0)
        {
            var anyOf = new BooleanQuery();
            foreach (var speaker in resolved.Value)
            {
                anyOf.Add(IndexSchema.Speaker.Filter(speaker.Name), Occur.SHOULD);
            }
            clauses.Add(anyOf, Occur.MUST);
        }

        var filter = Filter(null, query.From, query.To, clauses.Clauses.Count == 0 ? null : clauses);
        Query matching = compiled.Value is { } words ? IndexSchema.Content.Weighted(words.Query) : new MatchAllDocsQuery();
        var top = Search(lease, matching, filter, SortFor(query.Sort), Math.Max(1, max));
        var rows = top.ScoreDocs.Take(max).Select(scored => Row(lease.Searcher.Doc(scored.Doc))).ToArray();
        return new ExportResult(top.TotalHits, rows);
    }

    private static ExportRow Row(Lucene.Net.Documents.Document document) => new(
        IndexSchema.Id.Read(document),
        IndexSchema.SpeakerName.Read(document),
        IndexSchema.Role.Read(document),
        IndexSchema.Kind.Read(document),
        IndexSchema.Date.Read(document),
        IndexSchema.Text.Read(document),
        IndexSchema.Question.Read(document),
        IndexSchema.Title.Read(document),
        IndexSchema.Source.Read(document),
        IndexSchema.Url.Read(document),
        IndexSchema.ByOrganisation.Read(document));
}
