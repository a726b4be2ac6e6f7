using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Rest;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>When an identify may go: max_concurrency per 5 s, never past the day's session starts, a slot used only by a sent identify.</summary>
public sealed class GatewayIdentifyGateTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private int _refreshes;

    [Fact]
    public void WaitAsync_NothingIdentifiedYet_GoesAtOnce()
    {
        var gate = Gate(new SessionStartLimit(1000, 1000, 0, 1));

        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_OneIdentifiedInTheWindow_WaitsUntilItHasPassed()
    {
        var gate = Gate(new SessionStartLimit(1000, 1000, 0, 1));
        gate.MarkUsed();
        _time.Advance(TimeSpan.FromSeconds(1));

        var waiting = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4) - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await waiting.WaitAsync(Wait);
    }

    [Fact]
    public async Task WaitAsync_MaxConcurrencyTwo_LetsTwoGoPerWindowAndHoldsTheThird()
    {
        var gate = Gate(new SessionStartLimit(1000, 1000, 0, 2));
        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        gate.MarkUsed();
        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        gate.MarkUsed();

        var third = gate.WaitAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        _time.Advance(Window);

        await third.WaitAsync(Wait);
    }

    [Fact]
    public void WaitAsync_WaitingAloneUsesNoSlot_OnlyASentIdentifyDoes()
    {
        // A connection that ends while its identify waits (or before it is sent) must not cost the next one its slot.
        var gate = Gate(new SessionStartLimit(1000, 1000, 0, 1));

        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.Equal(1000, gate.Limit!.Remaining);
        gate.MarkUsed();
        Assert.False(gate.WaitAsync(CancellationToken.None).IsCompleted);
        Assert.Equal(999, gate.Limit!.Remaining);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaiting()
    {
        var gate = Gate(new SessionStartLimit(1000, 1000, 0, 1));
        gate.MarkUsed();
        using var cancel = new CancellationTokenSource();

        var waiting = gate.WaitAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Wait));
    }

    [Fact]
    public async Task WaitAsync_NoSessionStartsLeft_WaitsForTheResetThenAsksDiscordAgain()
    {
        var logs = new CapturedLogs();
        var gate = new GatewayIdentifyGate(Window, _time, Refresh, logs.CreateLogger("gateway")) { Limit = new SessionStartLimit(1000, 0, 3_600_000, 1) };

        var waiting = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, _refreshes);
        _time.Advance(TimeSpan.FromMinutes(1));

        await waiting.WaitAsync(Wait);
        Assert.Equal(1, _refreshes);
        Assert.Equal(1000, gate.Limit!.Remaining);
        Assert.Contains(logs.Lines, l => l.Message == "No session starts left today; waiting 60 minutes before identifying");
    }

    private GatewayIdentifyGate Gate(SessionStartLimit limit) => new(Window, _time, Refresh, NullLogger.Instance) { Limit = limit };

    private Task<SessionStartLimit> Refresh(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _refreshes);
        return Task.FromResult(new SessionStartLimit(1000, 1000, 86_400_000, 1));
    }
}
