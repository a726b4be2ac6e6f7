using StatementBot.Search.Querying;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Trend;

/// <summary>/trend — how often something was said over time, per speaker, as a chart and one line of text.</summary>
public sealed class TrendCommand(TrendSearcher searcher) : ICommandHandler, IExportable
{
    public static CommandDefinition Entry { get; } = new(
        "trend",
        "How often something was said over time, as a chart",
        [
            new OptionDefinition(OptionNames.Query, "What to count: " + CommonOptions.QueryHelp, Required: true, Example: "inflation", QuerySyntax: true),
            .. SpeakerList.Definitions,
            new OptionDefinition(OptionNames.From, "Said on or after (" + DateOption.Help + ")", Example: "2021-01"),
            new OptionDefinition(OptionNames.To, "Said on or before (" + DateOption.Help + ")", Example: "2022-12"),
            ScopeOption.Definition,
            .. FilterOptions.Definitions,
        ],
        "/trend query:China speaker:\"Wu Qian, Tan Kefei\"");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var (query, problem) = Read(request);
        if (query is null)
        {
            return Reply.Error(problem!);
        }

        var result = searcher.Trend(query);
        return result.Error is { } error ? Reply.Error(error) : TrendReply.Shape(request, result.Value!);
    }

    /// <summary>The statements a trend counts, oldest first, as its chart reads.</summary>
    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var (query, problem) = Read(request);
        return query is null
            ? (null, problem)
            : (new ExportQuery(query.Text, query.Speakers ?? [], query.From, query.To, query.In, SortOrder.Oldest) { Filters = query.Filters }, null);
    }

    /// <summary>The counts a request asks for, or why its dates cannot be read (the benchmark times the counts alone with it).</summary>
    public static (TrendQuery? Query, string? Problem) Read(CommandRequest request)
    {
        var (from, to, problem) = DateRange.Read(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        return (new TrendQuery(request.Get(OptionNames.Query) ?? "", SpeakerList.Read(request), from, to, ScopeOption.Read(request)) { Filters = FilterOptions.Read(request) }, null);
    }
}
