namespace StatementBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 events per 60 s (going over disconnects at once), with
/// <see cref="DiscordLimits.GatewayHeartbeatReserve"/> of them kept for heartbeats, which never wait.
/// </summary>
public sealed class GatewaySendLimiter(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public GatewaySendLimiter()
        : this(DiscordLimits.GatewayEventsPerWindow - DiscordLimits.GatewayHeartbeatReserve, DiscordLimits.GatewayEventWindow)
    {
    }

    /// <summary>Zero when an event may be sent at <paramref name="now"/> (and counts it); otherwise how long to wait first.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < limit)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + window - now;
        }
    }
}
