using StatementBot.Discord.Gateway;

namespace StatementBot.Discord.Tests.Gateway;

public sealed class GatewayRulesTests
{
    [Fact]
    public void SendLimiter_117EventsThenWaitsUntilTheOldestLeavesTheWindow()
    {
        var limiter = new GatewaySendLimiter();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var sent = Enumerable.Range(0, 117).Count(i => limiter.TryTake(start + TimeSpan.FromMilliseconds(i)) == TimeSpan.Zero);
        var wait = limiter.TryTake(start + TimeSpan.FromSeconds(1));

        Assert.Equal(117, sent);
        Assert.Equal(TimeSpan.FromSeconds(59), wait);
        Assert.Equal(TimeSpan.Zero, limiter.TryTake(start + TimeSpan.FromSeconds(60)));
        Assert.NotEqual(TimeSpan.Zero, limiter.TryTake(start + TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void SendLimiter_HeartbeatsMayUseTheThreeKeptForThemButNeverAThirdMore()
    {
        var limiter = new GatewaySendLimiter();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var others = Enumerable.Range(0, 200).Count(i => limiter.TryTake(start + TimeSpan.FromMilliseconds(i)) == TimeSpan.Zero);

        var heartbeats = Enumerable.Range(0, 10).Count(i => limiter.TryTake(start + TimeSpan.FromSeconds(1), heartbeat: true) == TimeSpan.Zero);

        Assert.Equal(117, others);
        Assert.Equal(3, heartbeats);
        Assert.Equal(TimeSpan.FromSeconds(59), limiter.TryTake(start + TimeSpan.FromSeconds(1), heartbeat: true));
        // A non-heartbeat needs four of the oldest sends to leave the window (120 sent, 117 allowed).
        Assert.Equal(TimeSpan.FromSeconds(59) + TimeSpan.FromMilliseconds(3), limiter.TryTake(start + TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData(null, GatewayCloseAction.Resume)]
    [InlineData(1000, GatewayCloseAction.Resume)]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4001, GatewayCloseAction.Resume)]
    [InlineData(4002, GatewayCloseAction.Resume)]
    [InlineData(4003, GatewayCloseAction.Resume)]
    [InlineData(4005, GatewayCloseAction.Resume)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(4007, GatewayCloseAction.Reidentify)]
    [InlineData(4009, GatewayCloseAction.Reidentify)]
    [InlineData(4004, GatewayCloseAction.Fatal)]
    [InlineData(4010, GatewayCloseAction.Fatal)]
    [InlineData(4011, GatewayCloseAction.Fatal)]
    [InlineData(4012, GatewayCloseAction.Fatal)]
    [InlineData(4013, GatewayCloseAction.Fatal)]
    [InlineData(4014, GatewayCloseAction.Fatal)]
    public void Classify_CloseCodes_AsTheDocsSay(int? code, GatewayCloseAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));
}
