using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Routing;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Trend;

/// <summary>
/// The speakers a trend is asked for: <c>speaker</c> (one name, or several separated by commas or semicolons, as a
/// terminal or chat user types them) and <c>speaker2</c>…<c>speaker5</c> (one each, with autocomplete, as Discord
/// offers them), in that order.
/// </summary>
public static class SpeakerList
{
    public const string First = OptionNames.Speaker;

    private static readonly char[] Separators = [',', ';'];

    /// <summary>The option names, <c>speaker</c> then <c>speaker2</c>…</summary>
    public static IReadOnlyList<string> Names { get; } =
        [First, .. Enumerable.Range(2, TrendSearcher.MaxSpeakers - 1).Select(n => First + n)];

    public static IReadOnlyList<OptionDefinition> Definitions { get; } =
    [
        CommonOptions.Speaker(First, $"Only this speaker's line, or up to {TrendSearcher.MaxSpeakers} separated by commas (default: the top speakers)", required: false),
        .. Names.Skip(1).Select(name => CommonOptions.Speaker(name, "Another speaker's line", required: false)),
    ];

    public static IReadOnlyList<string> Read(CommandRequest request) =>
        Names.Select(request.Get)
            .OfType<string>()
            .SelectMany(value => value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
}
