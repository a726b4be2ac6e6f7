using System.Net.WebSockets;
using System.Threading.Channels;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection (gateway.mdx "Sending Heartbeats"): the first beat after <c>interval × jitter</c>,
/// then one every interval, each expected to be acknowledged (op 11) before the next is due — when one is not, the
/// connection is a zombie and <see cref="RunAsync"/> returns true. Discord's op 1 asks for a beat at once
/// (<see cref="Request"/>); requests that arrive while one is pending are answered by the same beat.
/// </summary>
internal sealed class GatewayHeartbeat(TimeSpan interval, TimeProvider time, Random random, Func<CancellationToken, Task> beat)
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private volatile bool _awaitingAck;

    public TimeSpan Interval => interval;

    /// <summary>An op 11 arrived.</summary>
    public void Acknowledge() => _awaitingAck = false;

    /// <summary>Discord sent op 1: beat now, without waiting for the schedule.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Beats until <paramref name="cancellationToken"/> fires or the connection fails (false), or a beat goes unacknowledged (true).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var next = time.GetUtcNow() + (interval * random.NextDouble());
            while (true)
            {
                if (await WaitForBeatAsync(next, cancellationToken).ConfigureAwait(false))
                {
                    _requests.Reader.TryRead(out _);
                    await beat(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (_awaitingAck)
                {
                    return true;
                }

                _awaitingAck = true;
                await beat(cancellationToken).ConfigureAwait(false);

                // Scheduled from the last due time, so beats do not drift; after a stall, from now, so they do not burst.
                var now = time.GetUtcNow();
                next = next + interval > now ? next + interval : now + interval;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection ended; whoever reads it reports why.
            return false;
        }
    }

    /// <returns>True when Discord asked for a beat before <paramref name="due"/>.</returns>
    private async Task<bool> WaitForBeatAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        if (_requests.Reader.TryPeek(out _))
        {
            return true;
        }

        var wait = due - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return false;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var requested = _requests.Reader.WaitToReadAsync(waiting.Token).AsTask();
        var timer = Task.Delay(wait, time, waiting.Token);
        var first = await Task.WhenAny(requested, timer).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == requested && requested.IsCompletedSuccessfully && requested.Result;
    }
}
