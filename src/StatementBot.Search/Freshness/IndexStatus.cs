using StatementBot.Search.Storage;

namespace StatementBot.Search.Freshness;

/// <summary>Whether the index on disk can serve the corpus as it is now.</summary>
public abstract record IndexStatus
{
    /// <summary>No complete index exists; build one.</summary>
    public sealed record Missing(string Reason) : IndexStatus;

    /// <summary>An index exists but no longer matches the corpus; rebuild it.</summary>
    public sealed record Stale(string Reason, IndexManifest Manifest) : IndexStatus;

    /// <summary>The index's files are not the ones its build wrote (truncated, deleted, overwritten); rebuild it.</summary>
    public sealed record Damaged(string Reason) : IndexStatus;

    /// <summary>The index matches the corpus files; use it.</summary>
    public sealed record Fresh(IndexManifest Manifest) : IndexStatus;
}
