using StatementBot.Search.Results;

namespace StatementBot.Search.Watching;

/// <summary>A new statement one watch matched, with its excerpt cut around that watch's words.</summary>
public sealed record WatchMatch(long WatchId, StatementHit Hit);
