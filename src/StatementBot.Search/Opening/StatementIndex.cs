using StatementBot.Corpus.Speakers;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Opening;

/// <summary>
/// The index in use, open for searching (ask it through a <see cref="Querying.StatementSearcher"/>). Thread-safe: any
/// number of requests borrow searchers concurrently, and <see cref="Refresh"/> switches to a newly published build
/// without blocking or disturbing them.
/// </summary>
public sealed class StatementIndex : IDisposable
{
    private readonly IndexLayout _layout;
    private readonly Lock _refreshLock = new();
    private IndexGeneration _current;
    private bool _disposed;

    private StatementIndex(IndexLayout layout, IndexGeneration current)
    {
        _layout = layout;
        _current = current;
    }

    /// <summary>What the index in use was built from.</summary>
    public IndexManifest Manifest => Volatile.Read(ref _current).Manifest;

    /// <summary>The speakers of the index in use.</summary>
    public SpeakerRegistry Speakers => Volatile.Read(ref _current).Speakers;

    /// <summary>
    /// Raised after <see cref="Refresh"/> switched to a newly published build (on the refreshing thread, outside the
    /// refresh lock); a handler that throws does not undo the switch, and the next handlers still run.
    /// </summary>
    public event Action<StatementIndex>? Refreshed;

    /// <summary>The index folder: the generations and what lives beside them (the watches of alerts).</summary>
    public string Root => _layout.Root;

    /// <summary>The generation folder in use.</summary>
    public string Generation => Volatile.Read(ref _current).Folder;

    /// <summary>Opens the published index under <paramref name="indexRoot"/>; check it with
    /// <see cref="Freshness.IndexFreshness"/> first (this throws when there is none).</summary>
    public static StatementIndex Open(string indexRoot)
    {
        var layout = new IndexLayout(indexRoot);
        var folder = layout.CurrentGeneration()
            ?? throw new DirectoryNotFoundException($"No index has been built in {layout.Root}.");
        return new StatementIndex(layout, IndexGeneration.Open(folder));
    }

    /// <summary>Switches to the most recently published build, if it is not the one in use. Returns whether it switched.</summary>
    public bool Refresh()
    {
        lock (_refreshLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var folder = _layout.CurrentGeneration();
            if (folder is null || string.Equals(folder, _current.Folder, StringComparison.Ordinal))
            {
                return false;
            }

            var next = IndexGeneration.Open(folder);
            var previous = Interlocked.Exchange(ref _current, next);
            previous.Release();
        }

        foreach (var handler in Refreshed?.GetInvocationList().Cast<Action<StatementIndex>>() ?? [])
        {
            try
            {
                handler(this);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A listener's failure is its own (it reports it); the index has switched all the same.
            }
        }

        return true;
    }

    internal SearcherLease Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation.TryAddReference())
            {
                try
                {
                    return new SearcherLease(generation);
                }
                catch
                {
                    generation.Release();
                    throw;
                }
            }

            ObjectDisposedException.ThrowIf(_disposed, this);
        }
    }

    public void Dispose()
    {
        lock (_refreshLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _current.Release();
        }
    }
}
