using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatementBot.Hosting;
using StatementBot.Indexing;
using StatementBot.Search.Opening;

namespace StatementBot.Benchmarking;

/// <summary>The bot's own corpus watcher, started outside a host for the bench's drop-to-searchable row.</summary>
public sealed class BenchWatcher : IAsyncDisposable
{
    private readonly CorpusWatcher _watcher;

    private BenchWatcher(CorpusWatcher watcher) => _watcher = watcher;

    public static async Task<IAsyncDisposable> StartAsync(IReadOnlyList<string> roots, string indexFolder, StatementIndex index)
    {
        var watcher = new CorpusWatcher(
            new IndexSettings(roots, indexFolder), index, Options.Create(new CorpusWatchOptions()), TimeProvider.System, NullLogger<CorpusWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        return new BenchWatcher(watcher);
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
    }
}
