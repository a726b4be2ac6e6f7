using System.Collections.Concurrent;

namespace StatementBot.Feeds;

/// <summary>One request at a time per source (scheme, host and port): several feeds of one site wait their turn.</summary>
public sealed class SourceGates
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellation)
    {
        var gate = _gates.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellation);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
