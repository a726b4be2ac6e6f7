using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Speakers;

/// <summary>/speakers — the directory: who is in the corpus, under which names and roles, when, and how much they said.</summary>
public sealed class SpeakersCommand(SpeakerDirectory directory) : ICommandHandler
{
    public const int PageSize = 10;

    /// <summary>Roles shown per speaker; the rest are counted.</summary>
    private const int ShownRoles = 4;

    public static CommandDefinition Entry { get; } = new(
        "speakers",
        "Who is in the corpus: names, aliases, roles with dates, statement counts",
        [
            new OptionDefinition(OptionNames.Filter, "Only speakers whose name, alias or role contains this", Example: "spokesperson"),
            new OptionDefinition(OptionNames.Page, "Which page of speakers (10 per page)", OptionType.Integer, MinValue: 1, MaxValue: 1000, Example: "2"),
        ],
        "/speakers filter:spokesperson");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var result = directory.List(request.Get(OptionNames.Filter), request.GetInt(OptionNames.Page) ?? 1, PageSize);
        return result.Error is { } error ? Reply.Error(error) : Shape(request, result.Value!);
    }

    private static Reply Shape(CommandRequest request, SpeakerDirectoryPage page)
    {
        var title = page.Filter is { } filter ? $"Speakers matching “{Echo.Of(filter)}”" : "Speakers";
        var summary = page.Total switch
        {
            0 => $"No speaker's name, alias or role contains “{Echo.Of(page.Filter)}”.",
            _ when page.Speakers.Count == 0 => $"{page.Total:N0} speakers, but there is no page {page.Page} (last page: {page.Pages:N0}).",
            1 => "1 speaker.",
            _ => $"{page.Total:N0} speakers, most statements first" + (page.Pages > 1 ? $" · page {page.Page} of {page.Pages:N0}." : "."),
        };
        var facts = page.Speakers.Select(s => new ReplyField($"{s.Speaker.Name} — {s.Statements:N0} statement{(s.Statements == 1 ? "" : "s")}", Describe(s))).ToArray();
        var paging = page.Pages > 1 ? new ReplyPaging(page.Page, page.Pages, request, PageSize) : null;
        var data = new DirectoryData(page.Filter, page.Total, page.Page, page.Pages, page.Speakers.Select(s => new ListingData(
            s.Speaker.Name,
            s.Speaker.Aliases,
            s.Statements,
            s.Documents,
            HitData.FormatDate(s.First),
            HitData.FormatDate(s.Last),
            s.Speaker.RoleSpans.Select(r => new RoleData(r.Role, r.Statements, HitData.FormatDate(r.First), HitData.FormatDate(r.Last))).ToArray())).ToArray());
        return new Reply(title, summary, [], [new ReplySection("", facts, [])], paging, data);
    }

    /// <summary>"Press Secretary (2022-05-13 – 2025-01-10); … · also: Jean-Pierre · 2021-01-20 – 2025-01-10".</summary>
    private static string Describe(SpeakerListing listing)
    {
        var parts = new List<string>();
        if (listing.Speaker.RoleSpans.Count > 0)
        {
            var roles = string.Join("; ", listing.Speaker.RoleSpans.Take(ShownRoles).Select(Role));
            parts.Add(listing.Speaker.RoleSpans.Count > ShownRoles ? $"{roles}; +{listing.Speaker.RoleSpans.Count - ShownRoles} more" : roles);
        }
        if (listing.Speaker.Aliases.Count > 0)
        {
            parts.Add("also: " + string.Join(", ", listing.Speaker.Aliases));
        }
        if (Span(listing.First, listing.Last) is { } span)
        {
            parts.Add(span);
        }
        return parts.Count > 0 ? string.Join(" · ", parts) : "no role or date given";
    }

    private static string Role(RoleSpan role) => Span(role.First, role.Last) is { } span ? $"{role.Role} ({span})" : role.Role;

    private static string? Span(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        ({ } a, { } b) when a == b => HitData.FormatDate(a),
        ({ } a, { } b) => $"{HitData.FormatDate(a)} – {HitData.FormatDate(b)}",
        _ => null,
    };

    private sealed record DirectoryData(string? Filter, int Total, int Page, int Pages, IReadOnlyList<ListingData> Speakers);

    private sealed record ListingData(string Name, IReadOnlyList<string> Aliases, int Statements, int Documents, string? First, string? Last, IReadOnlyList<RoleData> Roles);

    private sealed record RoleData(string Role, int Statements, string? First, string? Last);
}
