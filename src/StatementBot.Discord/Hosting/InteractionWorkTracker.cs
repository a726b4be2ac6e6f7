using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Configuration;

namespace StatementBot.Discord.Hosting;

/// <summary>
/// Keeps every interaction still being answered (a deferred reply finishes after the HTTP request or gateway event
/// that started it), so none is fire-and-forget: on shutdown the host waits for them, up to
/// <see cref="DiscordTimings.ShutdownGrace"/>.
/// </summary>
public sealed class InteractionWorkTracker(IOptions<DiscordTimings> timings, ILogger<InteractionWorkTracker> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly CancellationTokenSource _abort = new();

    public int Running => _running.Count;

    /// <summary>
    /// Cancelled only when shutdown gives up waiting, so answers already under way get their grace period instead of
    /// being cut off the moment the host starts stopping.
    /// </summary>
    public CancellationToken AbortToken => _abort.Token;

    public void Track(Task work)
    {
        if (work.IsCompleted)
        {
            return;
        }

        _running[work] = true;
        work.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
            return;
        }

        logger.LogInformation("Waiting for {Count} interaction(s) still being answered", pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(timings.Value.ShutdownGrace, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("{Count} interaction(s) were still running at shutdown", _running.Count);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown cut short {Count} interaction(s)", _running.Count);
        }
        finally
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }
}
