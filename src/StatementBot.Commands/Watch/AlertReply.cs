using StatementBot.Commands.Replies;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Watch;

/// <summary>
/// One watch's alert: a heading naming the watch, then the new statements it matched as hits (newest first, at most
/// <see cref="MaxShown"/>, so with the heading one message holds ten embeds), and "…and N more" with the /quote that
/// lists them all when there are more.
/// </summary>
public static class AlertReply
{
    public const int MaxShown = 9;

    public static Reply For(Watch watch, IReadOnlyList<StatementHit> shown, int total)
    {
        var more = total - shown.Count;
        var quote = $"/quote query:{watch.Query}" + (watch.Speaker is { } speaker ? $" speaker:\"{speaker}\"" : "");
        var summary = (total == 1 ? "1 new statement matches" : $"{total:N0} new statements match") + $" watch #{watch.Id}."
            + (more > 0 ? $" …and {more:N0} more: {quote} lists them all." : "");
        var data = new AlertData(watch.Id, watch.Query, watch.Speaker, total, HitData.From(shown));
        return new Reply($"New: {WatchCommand.Describe(watch)}", summary, [], [new ReplySection("", [], shown)], null, data);
    }

    /// <summary>Newest first (undated last), then by id, so the same statements always come in the same order.</summary>
    public static IEnumerable<StatementHit> Order(IEnumerable<StatementHit> hits) =>
        hits.OrderByDescending(h => h.Date ?? DateOnly.MinValue).ThenBy(h => h.Id, StringComparer.Ordinal);

    private sealed record AlertData(long Watch, string Query, string? Speaker, int Total, IReadOnlyList<HitData> Hits);
}
