using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Trends;

namespace StatementBot.Commands.Who;

/// <summary>
/// Shapes a <see cref="WhoResult"/>: one row per speaker, ranked across pages ("3. Jen Psaki — 143 statements"), with
/// the share of all their statements and the first and last date they said it; organisations are labelled as such.
/// </summary>
internal static class WhoReply
{
    public static Reply Shape(CommandRequest request, WhoResult result)
    {
        var title = $"Who said “{result.Query}”"
            + (request.Get(OptionNames.From) is { } from ? " from " + from : "")
            + (request.Get(OptionNames.To) is { } to ? " to " + to : "")
            + (FilterOptions.Describe(result.Filters) is { Length: > 0 } narrowed ? " · " + narrowed : "");
        var first = (result.Page - 1) * result.PageSize + 1;
        var rows = result.Rows.Select((row, i) => new ReplyField($"{first + i}. {Name(row)} — {Statements(row.Matching)}", Describe(row))).ToArray();
        var paging = result.Pages > 1 ? new ReplyPaging(result.Page, result.Pages, request, result.PageSize) : null;
        var data = new WhoData(
            result.Query, ScopeOption.Value(result.In), result.Total, result.People, result.Organisations, result.Page, result.Pages,
            result.Rows.Select((row, i) => new RowData(
                first + i, row.Speaker, row.ByOrganisation, row.Matching, row.Statements, Math.Round(row.Share, 2), HitData.FormatDate(row.First), HitData.FormatDate(row.Last))).ToArray(),
            result.AlsoMatching,
            result.DidYouMean,
            FilterData.From(result.Filters));
        return new Reply(title, Summary(result), [], [new ReplySection("", rows, [])], paging, data);
    }

    private static string Summary(WhoResult result)
    {
        var scope = ScopeOption.Describe(result.In);
        if (result.Total == 0)
        {
            return $"No statement matches “{result.Query}” {scope}. Try fewer words, a prefix* or OR.";
        }

        var organisations = $"{result.Organisations:N0} organisation{(result.Organisations == 1 ? "" : "s")}";
        var who = (result.People, result.Organisations) switch
        {
            (_, 0) => $"{result.People:N0} speaker{(result.People == 1 ? "" : "s")}",
            (0, _) => organisations,
            _ => $"{result.People:N0} {(result.People == 1 ? "person" : "people")} and {organisations}",
        };
        var text = $"{Statements(result.Total)} {(result.Total == 1 ? "matches" : "match")} {scope}, from {who}; most first";
        text += result.Rows.Count == 0
            ? $", but there is no page {result.Page} (last page: {result.Pages:N0})."
            : result.Pages > 1 ? $" · page {result.Page} of {result.Pages:N0}." : ".";
        return text + (result.DidYouMean.Count > 0 ? $" Did you mean: {string.Join(" / ", result.DidYouMean)}?" : "");
    }

    private static string Name(WhoRow row) => row.ByOrganisation ? row.Speaker + " (organisation)" : row.Speaker;

    /// <summary>"0.8 % of their 17,989 · 2021-01-20 – 2022-05-13": short, so ten rows fit one Discord embed field.</summary>
    private static string Describe(WhoRow row)
    {
        var share = row.Share >= 10 || row.Share == 0 ? $"{row.Share:0}" : $"{row.Share:0.#}";
        var text = $"{share} % of their {row.Statements:N0}";
        return (row.First, row.Last) switch
        {
            ({ } a, { } b) when a == b => $"{text} · {HitData.FormatDate(a)}",
            ({ } a, { } b) => $"{text} · {HitData.FormatDate(a)} – {HitData.FormatDate(b)}",
            _ => text + " · undated",
        };
    }

    private static string Statements(int count) => count == 1 ? "1 statement" : $"{count:N0} statements";

    private sealed record WhoData(
        string Query, string In, int Total, int People, int Organisations, int Page, int Pages, IReadOnlyList<RowData> Speakers,
        IReadOnlyList<string> AlsoMatching, IReadOnlyList<string> DidYouMean, FilterData Filters);

    /// <param name="Share">Matching statements as a percentage of all the speaker's statements.</param>
    private sealed record RowData(int Rank, string Speaker, bool Organisation, int Matching, int Statements, double Share, string? First, string? Last);
}
