namespace StatementBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 events per 60 s (going over disconnects at once). Heartbeats may use the
/// whole budget; every other send leaves <see cref="DiscordLimits.GatewayHeartbeatReserve"/> of it to them, so a
/// busy connection can always still beat.
/// </summary>
public sealed class GatewaySendLimiter(int limit, int heartbeatReserve, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public GatewaySendLimiter()
        : this(DiscordLimits.GatewayEventsPerWindow, DiscordLimits.GatewayHeartbeatReserve, DiscordLimits.GatewayEventWindow)
    {
    }

    /// <summary>Zero when an event may be sent at <paramref name="now"/> (and counts it); otherwise how long to wait first.</summary>
    public TimeSpan TryTake(DateTimeOffset now, bool heartbeat = false)
    {
        lock (_lock)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - window)
            {
                _sent.Dequeue();
            }

            var allowed = heartbeat ? limit : limit - heartbeatReserve;
            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The wait until enough of the oldest sends have left the window.
            return _sent.ElementAt(_sent.Count - allowed) + window - now;
        }
    }
}
