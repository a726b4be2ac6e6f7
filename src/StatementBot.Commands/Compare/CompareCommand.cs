using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Compare;

/// <summary>/compare — two speakers side by side on a topic.</summary>
public sealed class CompareCommand(StatementSearcher searcher) : ICommandHandler
{
    public const int PerSide = 3;

    public static CommandDefinition Entry { get; } = new(
        "compare",
        "Two speakers side by side on a topic",
        [
            CommonOptions.Speaker("a", "The first speaker", required: true),
            CommonOptions.Speaker("b", "The second speaker", required: true),
            CommonOptions.About,
            ScopeOption.Definition,
        ],
        "/compare a:\"Wu Qian\" b:\"Tan Kefei\" about:militaries");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var scope = ScopeOption.Read(request);
        var result = searcher.Compare(request.Get("a")!, request.Get("b")!, request.Get("about"), PerSide, scope);
        return result.Error is { } error ? Reply.Error(error) : Shape(result.Value!, scope);
    }

    private static Reply Shape(Comparison comparison, TextScope scope)
    {
        var title = $"{comparison.A.Speaker} vs {comparison.B.Speaker}" + (comparison.About is { } about ? $" on “{about}”" : "");
        var order = (comparison.About is null ? SortOrder.Newest : SortOrder.Relevance).Label();
        var summary = comparison.About is { } topic ? $"Matching “{topic}” {ScopeOption.Describe(scope)} · each side {order}." : $"Each side: {order}.";
        var data = new CompareData(comparison.About, comparison.About is null ? null : ScopeOption.Value(scope), SideData.From(comparison.A), SideData.From(comparison.B));
        return new Reply(title, summary, [], [Section(comparison.A, comparison.About), Section(comparison.B, comparison.About)], null, data);
    }

    private static ReplySection Section(CompareSide side, string? about)
    {
        var count = side.Total == 0
            ? (about is null ? "No statements." : $"Nothing on “{about}”.")
            : $"{side.Total:N0} statement{(side.Total == 1 ? "" : "s")}" + (about is null ? "" : $" on “{about}”");
        var facts = new List<ReplyField> { new("Statements", count) };
        if (side.DistinctiveTerms.Count > 0)
        {
            facts.Add(new ReplyField("Words only they use", string.Join(", ", side.DistinctiveTerms)));
        }

        return new ReplySection(side.Speaker, facts, side.Hits);
    }

    private sealed record CompareData(string? About, string? In, SideData A, SideData B);

    private sealed record SideData(string Speaker, int Total, IReadOnlyList<string> DistinctiveTerms, IReadOnlyList<HitData> Hits)
    {
        public static SideData From(CompareSide side) => new(side.Speaker, side.Total, side.DistinctiveTerms, HitData.From(side.Hits));
    }
}
