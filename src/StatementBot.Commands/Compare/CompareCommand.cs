using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Compare;

/// <summary>/compare — two speakers side by side on a topic.</summary>
public sealed class CompareCommand(StatementSearcher searcher) : ICommandHandler, IExportable
{
    public const int PerSide = 3;

    public static CommandDefinition Entry { get; } = new(
        "compare",
        "Two speakers side by side on a topic",
        [
            CommonOptions.Speaker(OptionNames.A, "The first speaker", required: true),
            CommonOptions.Speaker(OptionNames.B, "The second speaker", required: true),
            CommonOptions.About,
            ScopeOption.Definition,
            .. FilterOptions.Definitions,
        ],
        "/compare a:\"Wu Qian\" b:\"Tan Kefei\" about:militaries",
        Heavy: true);

    public CommandDefinition Definition => Entry;

    /// <summary>Both speakers' statements (on the topic, when one is given), in one file.</summary>
    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var about = request.Get(OptionNames.About);
        return (new ExportQuery(about, [request.Get(OptionNames.A)!, request.Get(OptionNames.B)!], In: ScopeOption.Read(request), Sort: about is null ? SortOrder.Newest : SortOrder.Relevance)
        {
            Filters = FilterOptions.Read(request),
        }, null);
    }

    public Reply Handle(CommandRequest request)
    {
        var scope = ScopeOption.Read(request);
        var result = searcher.Compare(request.Get(OptionNames.A)!, request.Get(OptionNames.B)!, request.Get(OptionNames.About), PerSide, scope, FilterOptions.Read(request));
        return result.Error is { } error ? Reply.Error(error) : Shape(result.Value!, scope);
    }

    private static Reply Shape(Comparison comparison, TextScope scope)
    {
        var title = $"{comparison.A.Speaker} vs {comparison.B.Speaker}" + (comparison.About is { } about ? $" on “{Echo.Of(about)}”" : "")
            + (FilterOptions.Describe(comparison.Filters) is { Length: > 0 } narrowed ? " · " + narrowed : "");
        var order = (comparison.About is null ? SortOrder.Newest : SortOrder.Relevance).Label();
        var summary = comparison.About is { } topic ? $"Matching “{Echo.Of(topic)}” {ScopeOption.Describe(scope)} · each side {order}." : $"Each side: {order}.";
        if (comparison.NeverActiveTogether)
        {
            summary = $"Never active at the same time: {comparison.A.Speaker} {Span(comparison.A)}, {comparison.B.Speaker} {Span(comparison.B)} — the counts cover different periods. " + summary;
        }

        var data = new CompareData(
            comparison.About, comparison.About is null ? null : ScopeOption.Value(scope), SideData.From(comparison.A), SideData.From(comparison.B), comparison.NeverActiveTogether, FilterData.From(comparison.Filters));
        return new Reply(title, summary, [], [Section(comparison.A, comparison.About), Section(comparison.B, comparison.About)], null, data);
    }

    private static ReplySection Section(CompareSide side, string? about)
    {
        var count = side.Total == 0
            ? (about is null ? "No statements." : $"Nothing on “{Echo.Of(about)}” (of {side.StatementsTotal:N0}).")
            : $"{side.Total:N0} statement{(side.Total == 1 ? "" : "s")}" + (about is null ? "" : $" on “{Echo.Of(about)}” — {side.PerThousand:0.#} per 1,000 of their {side.StatementsTotal:N0}");
        var facts = new List<ReplyField> { new("Statements", count) };
        if (side.First is not null)
        {
            facts.Add(new ReplyField("Dates", Span(side)));
        }
        if (side.DistinctiveTerms.Count > 0)
        {
            facts.Add(new ReplyField("Words only they use", string.Join(", ", side.DistinctiveTerms)));
        }

        return new ReplySection(side.Speaker, facts, side.Hits);
    }

    /// <summary>A side's first–last dates ("2021-01-20 – 2022-05-13"), or "undated".</summary>
    private static string Span(CompareSide side) => side.First is { } first && side.Last is { } last
        ? first == last ? HitData.FormatDate(first)! : $"{HitData.FormatDate(first)} – {HitData.FormatDate(last)}"
        : "undated";

    private sealed record CompareData(string? About, string? In, SideData A, SideData B, bool NeverActiveTogether, FilterData Filters);

    private sealed record SideData(
        string Speaker,
        int Total,
        int StatementsTotal,
        double PerThousand,
        string? First,
        string? Last,
        IReadOnlyList<string> DistinctiveTerms,
        IReadOnlyList<HitData> Hits)
    {
        public static SideData From(CompareSide side) => new(
            side.Speaker,
            side.Total,
            side.StatementsTotal,
            side.PerThousand,
            HitData.FormatDate(side.First),
            HitData.FormatDate(side.Last),
            side.DistinctiveTerms,
            HitData.From(side.Hits));
    }
}
