using StatementBot.Search.Querying;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Who;

/// <summary>/who — who said it most: speakers ranked by matching statements, with their share and dates.</summary>
public sealed class WhoCommand(TrendSearcher searcher) : ICommandHandler, IExportable
{
    public const int PageSize = 10;

    public static CommandDefinition Entry { get; } = new(
        "who",
        "Who said it most: speakers ranked by matching statements",
        [
            new OptionDefinition(OptionNames.Query, "What was said: " + CommonOptions.QueryHelp, Required: true, Example: "inflation", QuerySyntax: true),
            new OptionDefinition(OptionNames.From, "Said on or after (" + DateOption.Help + ")", Example: "2021-01"),
            new OptionDefinition(OptionNames.To, "Said on or before (" + DateOption.Help + ")", Example: "2022-12"),
            ScopeOption.Definition,
            .. FilterOptions.Definitions,
            new OptionDefinition(OptionNames.Page, $"Which page of speakers ({PageSize} per page)", OptionType.Integer, MinValue: 1, MaxValue: 1000, Example: "2"),
        ],
        "/who query:China");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var (from, to, problem) = DateRange.Read(request);
        if (problem is not null)
        {
            return Reply.Error(problem);
        }

        var query = new WhoQuery(request.Get(OptionNames.Query)!, from, to, ScopeOption.Read(request), request.GetInt(OptionNames.Page) ?? 1, PageSize)
        {
            Filters = FilterOptions.Read(request),
        };
        var result = searcher.Who(query);
        return result.Error is { } error ? Reply.Error(error) : WhoReply.Shape(request, result.Value!);
    }

    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var (from, to, problem) = DateRange.Read(request);
        return problem is not null
            ? (null, problem)
            : (new ExportQuery(request.Get(OptionNames.Query), [], from, to, ScopeOption.Read(request)) { Filters = FilterOptions.Read(request) }, null);
    }
}
