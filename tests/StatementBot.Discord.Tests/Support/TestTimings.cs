using StatementBot.Discord.Configuration;

namespace StatementBot.Discord.Tests.Support;

/// <summary>Waits shortened so every fault scenario settles in well under a second.</summary>
public static class TestTimings
{
    public static void Apply(DiscordTimings t)
    {
        t.RestMaxAttempts = 4;
        t.RestRetryBaseDelay = TimeSpan.FromMilliseconds(20);
        t.RestMaxRateLimitWait = TimeSpan.FromSeconds(5);
        t.RestRequestTimeout = TimeSpan.FromSeconds(5);
        t.ReconnectBaseDelay = TimeSpan.FromMilliseconds(50);
        t.ReconnectMaxDelay = TimeSpan.FromMilliseconds(400);
        t.InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50);
        t.InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(150);
        t.IdentifyWindow = TimeSpan.FromMilliseconds(100);
        t.GatewayHandshakeTimeout = TimeSpan.FromSeconds(3);
        t.ShutdownGrace = TimeSpan.FromSeconds(3);
    }
}
