using StatementBot.Discord.Configuration;
using StatementBot.Discord.Gateway;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>What the bot does after each way a connection can end, and how long it waits first.</summary>
public sealed class GatewayReconnectPolicyTests
{
    private static readonly DiscordTimings Timings = new()
    {
        ReconnectBaseDelay = TimeSpan.FromSeconds(1),
        ReconnectMaxDelay = TimeSpan.FromSeconds(60),
        InvalidSessionMinDelay = TimeSpan.FromSeconds(1),
        InvalidSessionMaxDelay = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public void Decide_Op7OnAWorkingConnection_ResumesAtOnce()
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));

        var next = policy.Decide(GatewayConnectionEnd.Reconnect(established: true), canResume: true);

        Assert.Equal(GatewayCloseAction.Resume, next.Action);
        Assert.Equal(TimeSpan.Zero, next.Delay);
    }

    [Fact]
    public void Decide_DropBeforeAnySession_IdentifiesInsteadOfResuming()
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));

        Assert.Equal(GatewayCloseAction.Reidentify, policy.Decide(GatewayConnectionEnd.Lost("connection dropped", established: true), canResume: false).Action);
        Assert.Equal(GatewayCloseAction.Resume, policy.Decide(GatewayConnectionEnd.Lost("connection dropped", established: true), canResume: true).Action);
    }

    [Theory]
    [InlineData(4004, "DISCORD_TOKEN")]
    [InlineData(4010, "DISCORD_SHARD_ID")]
    [InlineData(4011, "DISCORD_SHARD_COUNT")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "privileged intent")]
    public void Decide_FatalCloseCode_GivesUpWithTheLineShownToTheUser(int code, string hint)
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));

        var next = policy.Decide(GatewayConnectionEnd.Closed(code, established: true), canResume: true);

        Assert.Equal(GatewayCloseAction.Fatal, next.Action);
        Assert.Contains(hint, next.Reason);
        Assert.DoesNotContain('\n', next.Reason);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public void Decide_SessionGoneCloseCode_IdentifiesAfresh(int code)
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));

        var next = policy.Decide(GatewayConnectionEnd.Closed(code, established: true), canResume: true);

        Assert.Equal(GatewayCloseAction.Reidentify, next.Action);
        Assert.Equal(TimeSpan.Zero, next.Delay);
    }

    [Theory]
    [InlineData(0.0, 1000)]
    [InlineData(0.5, 3000)]
    [InlineData(0.75, 4000)]
    public void Decide_InvalidSessionNotResumable_WaitsDiscordsRandomOneToFiveSeconds(double draw, int expectedMs)
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(draw));

        var next = policy.Decide(GatewayConnectionEnd.InvalidSession(resumable: false, established: true), canResume: true);

        Assert.Equal(GatewayCloseAction.Reidentify, next.Action);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), next.Delay);
    }

    [Fact]
    public void Decide_InvalidSessionResumable_ResumesOnlyWhenASessionIsKnown()
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));

        Assert.Equal(GatewayCloseAction.Resume, policy.Decide(GatewayConnectionEnd.InvalidSession(resumable: true, established: true), canResume: true).Action);
        Assert.Equal(GatewayCloseAction.Reidentify, policy.Decide(GatewayConnectionEnd.InvalidSession(resumable: true, established: true), canResume: false).Action);
    }

    [Fact]
    public void Decide_FailedConnectionsInARow_DoubleTheWaitWithJitterUpToTheCap()
    {
        // A draw of 0.5 keeps 75 % of each step: 0.75 s, 1.5 s, 3 s, … and never more than 75 % of the 60 s cap.
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));
        var lost = GatewayConnectionEnd.Lost("could not connect: refused");

        var delays = Enumerable.Range(0, 10).Select(_ => policy.Decide(lost, canResume: true).Delay.TotalMilliseconds).ToArray();

        Assert.Equal([750, 1500, 3000, 6000, 12000, 24000, 45000, 45000, 45000, 45000], delays);
    }

    [Theory]
    [InlineData(0.0, 500)]
    [InlineData(0.999, 999)]
    public void Backoff_JitterKeepsHalfToAllOfTheStep(double draw, int expectedMs)
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(draw));

        Assert.Equal(expectedMs, (int)policy.Backoff(1).TotalMilliseconds);
    }

    [Fact]
    public void Decide_AConnectionThatWorked_StartsTheBackOffOver()
    {
        var policy = new GatewayReconnectPolicy(Timings, new FixedRandom(0.5));
        var lost = GatewayConnectionEnd.Lost("could not connect: refused");
        policy.Decide(lost, canResume: true);
        policy.Decide(lost, canResume: true);
        policy.Decide(lost, canResume: true);

        var afterWorking = policy.Decide(GatewayConnectionEnd.Lost("connection dropped", established: true), canResume: true);
        var nextFailure = policy.Decide(lost, canResume: true);

        Assert.Equal(TimeSpan.Zero, afterWorking.Delay);
        Assert.Equal(TimeSpan.FromMilliseconds(750), nextFailure.Delay);
    }
}
