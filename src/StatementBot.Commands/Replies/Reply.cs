using StatementBot.Search.Results;

namespace StatementBot.Commands.Replies;

/// <summary>
/// What a command answers, independent of any front end: a title, a summary, labelled facts, sections of hits,
/// paging, and the machine-readable shape for <c>--json</c>. Renderers (Discord embeds, console text, JSON) read it.
/// </summary>
/// <param name="Data">The stable JSON shape of this reply (serialized as-is with snake_case names).</param>
/// <param name="IsError">A user error: shown only to the asker (ephemeral in Discord), exit code 1 in the terminal.</param>
/// <param name="Attachments">Files the reply carries (charts, exports); each renderer decides how to deliver them.</param>
public sealed record Reply(
    string Title,
    string? Summary,
    IReadOnlyList<ReplyField> Facts,
    IReadOnlyList<ReplySection> Sections,
    ReplyPaging? Paging,
    object Data,
    bool IsError = false,
    IReadOnlyList<ReplyAttachment>? Attachments = null)
{
    public IReadOnlyList<ReplyAttachment> Files => Attachments ?? [];

    /// <summary>
    /// The request whose statements can be exported (all of them, as a file): set by the router on answers drawn from
    /// statements; front ends offer it (Discord's Export button). Null otherwise.
    /// </summary>
    public Routing.CommandRequest? ExportRequest { get; init; }

    public IEnumerable<StatementHit> Hits => Sections.SelectMany(s => s.Hits);

    public static Reply Error(string message, IReadOnlyList<string>? suggestions = null)
    {
        var summary = suggestions is { Count: > 0 } ? "Did you mean: " + string.Join(", ", suggestions) + "?" : null;
        return new Reply(message, summary, [], [], null, new ErrorData(message, suggestions ?? []), IsError: true);
    }

    /// <summary>A search error: its message already names any suggestions; they stay in the JSON for scripts.</summary>
    public static Reply Error(QueryError error) =>
        new(error.Message, null, [], [], null, new ErrorData(error.Message, error.Suggestions), IsError: true);

    private sealed record ErrorData(string Error, IReadOnlyList<string> Suggestions);
}
