using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Quote;

/// <summary>/quote — what was said about something.</summary>
public sealed class QuoteCommand(StatementSearcher searcher) : ICommandHandler
{
    public const int PageSize = 5;

    public static CommandDefinition Entry { get; } = new(
        "quote",
        "Find what was said about something",
        [
            new OptionDefinition("query", "What to look for: " + CommonOptions.QueryHelp, Required: true, Example: "\"mission impossible\""),
            CommonOptions.Speaker("speaker", "Only this speaker's statements", required: false),
            new OptionDefinition("from", "Said on or after (" + DateOption.Help + ")", Example: "2021-01-01"),
            new OptionDefinition("to", "Said on or before (" + DateOption.Help + ")", Example: "2021-12-31"),
            new OptionDefinition(
                "sort",
                "Order of results (default: relevance)",
                Choices: [new("relevance", "relevance"), new("newest", "newest"), new("oldest", "oldest")]),
            CommonOptions.Page,
        ],
        "/quote query:\"mission impossible\" speaker:\"Wu Qian\"");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var text = request.Get("query")!;
        if (!DateOption.TryParse(request.Get("from"), isEnd: false, out var from))
        {
            return Reply.Error($"from must be {DateOption.Help}, not \"{request.Get("from")}\".");
        }

        if (!DateOption.TryParse(request.Get("to"), isEnd: true, out var to))
        {
            return Reply.Error($"to must be {DateOption.Help}, not \"{request.Get("to")}\".");
        }

        if (from > to)
        {
            return Reply.Error($"from ({HitData.FormatDate(from)}) is after to ({HitData.FormatDate(to)}).");
        }

        var sort = Enum.Parse<SortOrder>(request.Get("sort") ?? nameof(SortOrder.Relevance), ignoreCase: true);
        var query = new QuoteQuery(text, request.Get("speaker"), from, to, sort, request.GetInt("page") ?? 1, PageSize);
        var result = searcher.Quote(query);
        return result.Error is { } error ? Reply.Error(error) : Shape(request, result.Value!);
    }

    private static Reply Shape(CommandRequest request, QuoteResult result)
    {
        var filters = new List<string>();
        if (request.Get("speaker") is { } asked)
        {
            // The registry's full name reads better than what was typed ("jean-pierre").
            filters.Add("by " + (result.Hits.FirstOrDefault()?.Speaker ?? asked));
        }

        if (request.Get("from") is { } from)
        {
            filters.Add("from " + from);
        }

        if (request.Get("to") is { } to)
        {
            filters.Add("to " + to);
        }

        var title = $"Quotes for “{result.Query}”" + (filters.Count > 0 ? " " + string.Join(" ", filters) : "");
        var summary = result.Total switch
        {
            0 => "No statement matches. Try fewer words, a prefix* or OR.",
            1 => "1 statement matches.",
            _ => $"{result.Total:N0} statements match" + (result.Pages > 1 ? $" · page {result.Page} of {result.Pages:N0}." : "."),
        };
        if (result.Total > 0 && result.Hits.Count == 0)
        {
            summary = $"{result.Total:N0} statements match, but there is no page {result.Page} (last page: {result.Pages:N0}).";
        }

        summary += (result.AlsoMatching.Count > 0 ? $" Also matching: {string.Join(", ", result.AlsoMatching)}." : "")
            + (result.DidYouMean.Count > 0 ? $" Did you mean: {string.Join(" / ", result.DidYouMean)}?" : "");
        var paging = result.Pages > 1 ? new ReplyPaging(result.Page, result.Pages, request) : null;
        var data = new QuoteData(result.Query, result.Total, result.Page, HitData.From(result.Hits), result.AlsoMatching, result.DidYouMean);
        return new Reply(title, summary, [], [new ReplySection("", [], result.Hits)], paging, data);
    }

    private sealed record QuoteData(
        string Query, int Total, int Page, IReadOnlyList<HitData> Hits, IReadOnlyList<string> AlsoMatching, IReadOnlyList<string> DidYouMean);
}
