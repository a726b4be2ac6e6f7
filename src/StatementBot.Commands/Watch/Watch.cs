using StatementBot.Corpus.Attribution;
using StatementBot.Search.Watching;

namespace StatementBot.Commands.Watch;

/// <summary>One channel's standing request: post the new statements that match <see cref="Query"/>.</summary>
/// <param name="Server">The server (Discord guild) the channel is in.</param>
/// <param name="Creator">Who made it (a user id as the front end knows them).</param>
/// <param name="Speaker">The speaker's full name as the index writes it; null for anyone.</param>
/// <param name="Kind">Only statements attributed this way; null for any.</param>
public sealed record Watch(
    long Id,
    string Server,
    string Channel,
    string Creator,
    string Query,
    string? Speaker,
    StatementKind? Kind,
    DateTimeOffset CreatedAt)
{
    /// <summary>What the matcher runs for it.</summary>
    public WatchQuery ToQuery() => new(Id, Query, Speaker, Kind);
}
