using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Quote;

/// <summary>/quote — what was said about something.</summary>
public sealed class QuoteCommand(StatementSearcher searcher) : ICommandHandler, IExportable
{
    public const int PageSize = CommonOptions.ResultsPerPage;

    public static CommandDefinition Entry { get; } = new(
        "quote",
        "Find what was said about something",
        [
            new OptionDefinition(OptionNames.Query, "What to look for: " + CommonOptions.QueryHelp, Required: true, Example: "\"mission impossible\"", QuerySyntax: true),
            CommonOptions.Speaker(OptionNames.Speaker, "Only this speaker's statements", required: false),
            new OptionDefinition(OptionNames.From, "Said on or after (" + DateOption.Help + ")", Example: "2021-01-01"),
            new OptionDefinition(OptionNames.To, "Said on or before (" + DateOption.Help + ")", Example: "2021-12-31"),
            new OptionDefinition(
                OptionNames.Sort,
                "Order of results (default: relevance)",
                Choices: [new("relevance", "relevance"), new("newest", "newest"), new("oldest", "oldest")]),
            ScopeOption.Definition,
            .. FilterOptions.Definitions,
            CommonOptions.Page,
        ],
        "/quote query:\"mission impossible\" speaker:\"Wu Qian\"",
        Heavy: true);

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var text = request.Get(OptionNames.Query)!;
        var (from, to, problem) = DateRange.Read(request);
        if (problem is not null)
        {
            return Reply.Error(problem);
        }

        var sort = SortOf(request);
        var query = new QuoteQuery(text, request.Get(OptionNames.Speaker), from, to, sort, request.GetInt(OptionNames.Page) ?? 1, PageSize, ScopeOption.Read(request))
        {
            Filters = FilterOptions.Read(request),
        };
        var result = searcher.Quote(query);
        return result.Error is { } error ? Reply.Error(error) : Shape(request, result.Value!, sort, searcher.Limits.LastPage(PageSize));
    }

    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var (from, to, problem) = DateRange.Read(request);
        return problem is not null
            ? (null, problem)
            : (new ExportQuery(request.Get(OptionNames.Query), request.Get(OptionNames.Speaker) is { } speaker ? [speaker] : [], from, to, ScopeOption.Read(request), SortOf(request))
            {
                Filters = FilterOptions.Read(request),
            }, null);
    }

    private static SortOrder SortOf(CommandRequest request) =>
        Enum.Parse<SortOrder>(request.Get(OptionNames.Sort) ?? nameof(SortOrder.Relevance), ignoreCase: true);

    /// <param name="lastPage">The deepest page a search can show: paging stops there, however many statements match.</param>
    private static Reply Shape(CommandRequest request, QuoteResult result, SortOrder sort, int lastPage)
    {
        var pages = Math.Min(result.Pages, lastPage);
        var filters = new List<string>();
        if (result.Speaker is { } speaker)
        {
            filters.Add("by " + speaker.Name);
        }

        if (request.Get(OptionNames.From) is { } from)
        {
            filters.Add("from " + from);
        }

        if (request.Get(OptionNames.To) is { } to)
        {
            filters.Add("to " + to);
        }

        if (FilterOptions.Describe(result.Filters) is { Length: > 0 } narrowed)
        {
            filters.Add("· " + narrowed);
        }

        var title = $"Quotes for “{Echo.Of(result.Query)}”" + (filters.Count > 0 ? " " + string.Join(" ", filters) : "");
        var scope = ScopeOption.Describe(result.In);
        var summary = result.Total switch
        {
            0 => $"No statement matches {scope}. Try fewer words, a prefix* or OR" + (result.In == TextScope.Said ? ", or in:both to include the questions." : "."),
            1 => $"1 statement matches {scope}.",
            _ => $"{result.Total:N0} statements match {scope}" + (pages > 1 ? $" · page {result.Page} of {pages:N0}" : "") + $" · {sort.Label()}.",
        };
        if (result.Total > 0 && result.Hits.Count == 0)
        {
            summary = $"{result.Total:N0} statements match {scope}, but there is no page {result.Page} (last page: {pages:N0}).";
        }

        summary += FoldedNote(result)
            + (result.AlsoMatching.Count > 0 ? $" Also matching: {string.Join(", ", result.AlsoMatching)}." : "")
            + (result.DidYouMean.Count > 0 ? $" Did you mean: {string.Join(" / ", result.DidYouMean)}?" : "");
        var paging = pages > 1 ? new ReplyPaging(result.Page, pages, request, result.PageSize) : null;
        var data = new QuoteData(
            result.Query, result.Total, result.Page, HitData.From(result.Hits), ScopeOption.Value(result.In), result.Speaker?.Name, result.AlsoMatching, result.DidYouMean,
            result.Folded, result.Hits.Where(h => h.Folded.Count > 0).Select(h => new FoldData(h.Id, h.Folded)).ToArray(), FilterData.From(result.Filters));
        return new Reply(title, summary, [], [new ReplySection("", [], result.Hits)], paging, data);
    }

    /// <summary>" 2 more from the same exchanges are folded into hits 1 (+1) and 3 (+1).", numbered as the hits are shown.</summary>
    private static string FoldedNote(QuoteResult result)
    {
        if (result.Folded == 0)
        {
            return "";
        }

        var first = (result.Page - 1) * result.PageSize + 1;
        var into = result.Hits.Select((hit, i) => (Number: first + i, hit.Folded.Count)).Where(h => h.Count > 0).ToArray();
        var hits = into.Length == 1
            ? $"hit {into[0].Number}"
            : "hits " + string.Join(", ", into[..^1].Select(Part)) + " and " + Part(into[^1]);
        return result.Folded == 1
            ? $" 1 more from the same exchange is folded into {hits}."
            : $" {result.Folded:N0} more from the same exchange{(into.Length > 1 ? "s" : "")} are folded into {hits}.";

        static string Part((int Number, int Count) hit) => $"{hit.Number} (+{hit.Count})";
    }

    /// <param name="In">Where the words were looked for: said, asked or both.</param>
    /// <param name="Speaker">The speaker the filter resolved to (full name), if one was asked for.</param>
    /// <param name="AlsoMatching">Other names of what the query names that were matched too.</param>
    /// <param name="DidYouMean">The query with misspelt words corrected from the index's words.</param>
    /// <param name="Folded">Matching statements on this page folded into a better hit of the same exchange.</param>
    /// <param name="FoldedInto">For each hit that has some, the ids folded into it.</param>
    private sealed record QuoteData(
        string Query,
        int Total,
        int Page,
        IReadOnlyList<HitData> Hits,
        string In,
        string? Speaker,
        IReadOnlyList<string> AlsoMatching,
        IReadOnlyList<string> DidYouMean,
        int Folded,
        IReadOnlyList<FoldData> FoldedInto,
        FilterData Filters);

    /// <param name="Hit">The shown hit's id.</param>
    /// <param name="Folded">The ids folded into it, best first.</param>
    private sealed record FoldData(string Hit, IReadOnlyList<string> Folded);
}
