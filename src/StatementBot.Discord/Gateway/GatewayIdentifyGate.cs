using Microsoft.Extensions.Logging;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// When the bot may send Identify (gateway.mdx "Identifying", FACTS §7): at most <c>max_concurrency</c> per window
/// (5 s), and never past the day's session starts — identifying beyond them gets the token reset, so the gate waits
/// for the reset and asks Discord for the new limit. A slot counts as used only once the identify has been sent
/// (<see cref="MarkUsed"/>): a connection that ends while waiting uses none.
/// </summary>
internal sealed class GatewayIdentifyGate(TimeSpan window, TimeProvider time, Func<CancellationToken, Task<SessionStartLimit>> refreshLimit, ILogger logger)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private SessionStartLimit? _limit;

    /// <summary>What Discord last said about session starts, less the identifies sent since.</summary>
    public SessionStartLimit? Limit
    {
        get
        {
            lock (_lock)
            {
                return _limit;
            }
        }

        set
        {
            lock (_lock)
            {
                _limit = value;
            }
        }
    }

    /// <summary>Returns when an identify may be sent now.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Limit is { Remaining: <= 0 } exhausted)
            {
                var reset = TimeSpan.FromMilliseconds(Math.Max(exhausted.ResetAfter, window.TotalMilliseconds));
                logger.LogWarning("No session starts left today; waiting {Minutes} minutes before identifying", (int)reset.TotalMinutes);
                await Task.Delay(reset, time, cancellationToken).ConfigureAwait(false);
                Limit = await refreshLimit(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var wait = SlotWait(time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The identify went out: it takes a slot in the window and one of the day's session starts.</summary>
    public void MarkUsed()
    {
        lock (_lock)
        {
            _sent.Enqueue(time.GetUtcNow());
            if (_limit is { } limit)
            {
                _limit = limit with { Remaining = limit.Remaining - 1 };
            }
        }
    }

    private TimeSpan SlotWait(DateTimeOffset now)
    {
        lock (_lock)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - window)
            {
                _sent.Dequeue();
            }

            var concurrency = Math.Max(1, _limit?.MaxConcurrency ?? 1);
            return _sent.Count < concurrency ? TimeSpan.Zero : _sent.Peek() + window - now;
        }
    }
}
