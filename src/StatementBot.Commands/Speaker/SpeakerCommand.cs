using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Speaker;

/// <summary>/speaker — who a person is in the corpus and what they said (about a topic, if given).</summary>
public sealed class SpeakerCommand(StatementSearcher searcher) : ICommandHandler, IExportable
{
    public const int PageSize = CommonOptions.ResultsPerPage;

    public static CommandDefinition Entry { get; } = new(
        "speaker",
        "What did this person say",
        [CommonOptions.Speaker(OptionNames.Name, "The person (full name, surname or alias)", required: true), CommonOptions.About, ScopeOption.Definition, CommonOptions.Page],
        "/speaker name:\"Tan Kefei\" about:unilateralism",
        Heavy: true);

    public CommandDefinition Definition => Entry;

    /// <summary>Everything the speaker said (about the topic, when one is given: best first; else newest first).</summary>
    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var about = request.Get(OptionNames.About);
        return (new ExportQuery(about, [request.Get(OptionNames.Name)!], In: ScopeOption.Read(request), Sort: about is null ? SortOrder.Newest : SortOrder.Relevance), null);
    }

    public Reply Handle(CommandRequest request)
    {
        var about = request.Get(OptionNames.About);
        var result = searcher.Speaker(request.Get(OptionNames.Name)!, about, request.GetInt(OptionNames.Page) ?? 1, PageSize, ScopeOption.Read(request));
        return result.Error is { } error ? Reply.Error(error) : Shape(request, result.Value!, searcher.Limits.LastPage(PageSize));
    }

    /// <param name="lastPage">The deepest page a search can show: paging stops there, however many statements there are.</param>
    private static Reply Shape(CommandRequest request, SpeakerProfile profile, int lastPage)
    {
        var person = profile.Speaker;
        var facts = new List<ReplyField>();
        if (person.Roles.Count > 0)
        {
            facts.Add(new ReplyField(person.Roles.Count == 1 ? "Role" : "Roles", string.Join("; ", person.Roles)));
        }

        if (person.Aliases.Count > 0)
        {
            facts.Add(new ReplyField("Also known as", string.Join(", ", person.Aliases)));
        }

        facts.Add(new ReplyField("Statements", $"{profile.Statements:N0} in {profile.Documents:N0} document{(profile.Documents == 1 ? "" : "s")}"));
        if (profile.First is { } first && profile.Last is { } last)
        {
            facts.Add(new ReplyField("Dates", first == last ? HitData.FormatDate(first)! : $"{HitData.FormatDate(first)} – {HitData.FormatDate(last)}"));
        }

        if (profile.DistinctiveTerms.Count > 0)
        {
            facts.Add(new ReplyField(
                profile.DistinctiveAgainst is { } against ? $"Distinctive words (vs {against})" : "Distinctive words",
                string.Join(", ", profile.DistinctiveTerms)));
        }

        var pages = Math.Min(profile.Total == 0 ? 0 : (profile.Total + PageSize - 1) / PageSize, lastPage);
        var page = request.GetInt(OptionNames.Page) ?? 1;
        var pageText = pages > 1 ? $" · page {page} of {pages:N0}" : "";
        var heading = profile.About is { } about
            ? $"On “{Echo.Of(about)}”, {ScopeOption.Describe(profile.In)}: {profile.Total:N0} statement{(profile.Total == 1 ? "" : "s")}" + pageText + $" · {SortOrder.Relevance.Label()}"
            : $"Latest statements: {Listed(profile)}" + pageText + $" · {SortOrder.Newest.Label()}";
        if (profile.About is not null && profile.Total == 0)
        {
            heading = $"Nothing from {person.Name} matches “{Echo.Of(profile.About)}” {ScopeOption.Describe(profile.In)}.";
        }

        var paging = pages > 1 ? new ReplyPaging(page, pages, request, PageSize) : null;
        var data = new SpeakerData(
            new PersonData(person.Name, person.Aliases, person.Roles, profile.Statements, profile.Documents, HitData.FormatDate(profile.First), HitData.FormatDate(profile.Last)),
            profile.DistinctiveTerms,
            profile.About,
            profile.About is null ? null : ScopeOption.Value(profile.In),
            profile.Total,
            profile.LeftOut,
            HitData.From(profile.Hits));
        return new Reply(person.Name, null, facts, [new ReplySection(heading, [], profile.Hits)], paging, data);
    }

    /// <summary>"20 listed; 23 without content (greetings, thanks, “Go ahead.”) left out": the list and the count agree.</summary>
    private static string Listed(SpeakerProfile profile) =>
        profile.LeftOut == 0
            ? $"all {profile.Total:N0} listed"
            : $"{profile.Total:N0} listed; {profile.LeftOut:N0} without content (greetings, thanks, “Go ahead.”) left out";

    /// <param name="Listed">How many statements the list pages through.</param>
    /// <param name="LeftOut">Statements a latest list leaves out as filler; Listed + LeftOut is the speaker's statement count.</param>
    private sealed record SpeakerData(
        PersonData Speaker,
        IReadOnlyList<string> DistinctiveTerms,
        string? About,
        string? In,
        int Listed,
        int LeftOut,
        IReadOnlyList<HitData> Hits);

    private sealed record PersonData(
        string Name,
        IReadOnlyList<string> Aliases,
        IReadOnlyList<string> Roles,
        int Statements,
        int Documents,
        string? First,
        string? Last);
}
