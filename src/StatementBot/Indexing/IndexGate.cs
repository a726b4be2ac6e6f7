using StatementBot.Search.Querying;

namespace StatementBot.Indexing;

/// <summary>
/// Opens the index for the given corpus folders, building it first (with progress and a summary) when it is
/// missing, stale, or was built from other folders.
/// </summary>
public sealed class IndexGate : IDisposable
{
    private IndexGate(StatementSearcher? searcher, string? error, IDisposable? owner)
    {
        Searcher = searcher;
        Error = error;
        _owner = owner;
    }

    private readonly IDisposable? _owner;

    public StatementSearcher? Searcher { get; }

    public string? Error { get; }

    public static IndexGate OpenOrBuild(IndexSettings settings, bool rebuild, TextWriter status, bool alwaysReport = false) =>
        throw new NotImplementedException();

    public void Dispose() => _owner?.Dispose();
}
