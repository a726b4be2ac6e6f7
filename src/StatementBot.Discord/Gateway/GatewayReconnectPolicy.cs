using StatementBot.Discord.Configuration;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// What follows the end of a gateway connection (gateway.mdx "Resuming", FACTS §7): resume, identify afresh, or give
/// up on the close codes reconnecting cannot fix; and how long to wait first. A connection that reached READY or
/// RESUMED is followed at once; each one in a row that did not doubles the wait (with jitter, so many bots dropped
/// together do not return together); a non-resumable Invalid Session waits Discord's random 1–5 s.
/// </summary>
internal sealed class GatewayReconnectPolicy(DiscordTimings timings, Random random)
{
    private int _failures;

    /// <summary>Connections in a row that ended before READY or RESUMED.</summary>
    public int Failures => _failures;

    /// <param name="canResume">A session is known (READY arrived on some earlier connection and was not invalidated).</param>
    public GatewayReconnectDecision Decide(GatewayConnectionEnd end, bool canResume)
    {
        var (action, reason, least) = end.Kind switch
        {
            GatewayEndKind.Closed when GatewayCloseCodes.Classify(end.CloseCode) == GatewayCloseAction.Fatal =>
                (GatewayCloseAction.Fatal, GatewayCloseCodes.FatalMessage(end.CloseCode!.Value), TimeSpan.Zero),
            GatewayEndKind.Closed => (GatewayCloseCodes.Classify(end.CloseCode), end.Reason, TimeSpan.Zero),
            GatewayEndKind.InvalidSession when !end.Resumable => (GatewayCloseAction.Reidentify, end.Reason, InvalidSessionDelay()),
            _ => (GatewayCloseAction.Resume, end.Reason, TimeSpan.Zero),
        };

        if (action == GatewayCloseAction.Resume && !canResume)
        {
            action = GatewayCloseAction.Reidentify;
        }

        _failures = end.Established ? 0 : _failures + 1;
        var delay = _failures == 0 ? least : Max(least, Backoff(_failures));
        return new GatewayReconnectDecision(action, delay, reason);
    }

    /// <summary>The wait after <paramref name="failures"/> failed connections in a row: base × 2^(n−1), capped, then 50–100 % of that.</summary>
    public TimeSpan Backoff(int failures)
    {
        var ms = Math.Min(timings.ReconnectMaxDelay.TotalMilliseconds, timings.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 16)));
        return TimeSpan.FromMilliseconds(ms * (0.5 + (random.NextDouble() * 0.5)));
    }

    /// <summary>Discord asks for a random wait between the configured bounds (1–5 s) before identifying after op 9 <c>false</c>.</summary>
    public TimeSpan InvalidSessionDelay()
    {
        var min = timings.InvalidSessionMinDelay.TotalMilliseconds;
        var max = Math.Max(min, timings.InvalidSessionMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(min + (random.NextDouble() * (max - min)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
