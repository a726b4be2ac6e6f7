using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using StatementBot.Discord.Gateway;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>Heartbeats on a fake clock: the jittered first beat, the steady ones, op 1 requests and the missed ACK.</summary>
public sealed class GatewayHeartbeatTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Channel<DateTimeOffset> _beats = Channel.CreateUnbounded<DateTimeOffset>();

    [Fact]
    public async Task Run_FirstBeat_ComesAfterIntervalTimesJitter()
    {
        var heartbeat = Heartbeat(jitter: 0.25, acknowledge: true);
        var start = _time.GetUtcNow();
        using var stop = new CancellationTokenSource();
        var running = heartbeat.RunAsync(stop.Token);

        _time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        Assert.False(_beats.Reader.TryRead(out _));
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(start + TimeSpan.FromSeconds(10), await NextBeatAsync());
        await stop.CancelAsync();
        Assert.False(await running.WaitAsync(Wait));
    }

    [Fact]
    public async Task Run_Acknowledged_BeatsEveryIntervalAndKeepsGoing()
    {
        var heartbeat = Heartbeat(jitter: 0, acknowledge: true);
        var start = _time.GetUtcNow();
        using var stop = new CancellationTokenSource();
        var running = heartbeat.RunAsync(stop.Token);

        var beats = new List<DateTimeOffset> { await NextBeatAsync() };
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(Interval);
            beats.Add(await NextBeatAsync());
        }

        Assert.Equal(Enumerable.Range(0, 6).Select(i => start + (Interval * i)), beats);
        Assert.False(running.IsCompleted);
        await stop.CancelAsync();
        Assert.False(await running.WaitAsync(Wait));
    }

    [Fact]
    public async Task Run_BeatNotAcknowledgedByTheNextOne_ReportsAZombieInsteadOfBeating()
    {
        var heartbeat = Heartbeat(jitter: 0, acknowledge: false);
        var running = heartbeat.RunAsync(CancellationToken.None);
        await NextBeatAsync();

        _time.Advance(Interval);

        Assert.True(await running.WaitAsync(Wait));
        Assert.False(_beats.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Run_AckArrivesLate_StillInTimeForTheNextBeat()
    {
        var heartbeat = Heartbeat(jitter: 0, acknowledge: false);
        using var stop = new CancellationTokenSource();
        var running = heartbeat.RunAsync(stop.Token);
        await NextBeatAsync();

        _time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        heartbeat.Acknowledge();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await NextBeatAsync();
        Assert.False(running.IsCompleted);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Request_Op1_BeatsAtOnceAndTheScheduleStays()
    {
        var heartbeat = Heartbeat(jitter: 0.5, acknowledge: true);
        var start = _time.GetUtcNow();
        using var stop = new CancellationTokenSource();
        var running = heartbeat.RunAsync(stop.Token);

        heartbeat.Request();
        var requested = await NextBeatAsync();
        _time.Advance(Interval / 2);
        var scheduled = await NextBeatAsync();

        Assert.Equal(start, requested); // no time had to pass
        Assert.Equal(start + (Interval / 2), scheduled);
        Assert.False(_beats.Reader.TryRead(out _));
        await stop.CancelAsync();
        Assert.False(await running.WaitAsync(Wait));
    }

    [Fact]
    public async Task Run_AfterAStallOfManyIntervals_BeatsOnceThenResumesTheSchedule()
    {
        var heartbeat = Heartbeat(jitter: 0, acknowledge: true);
        using var stop = new CancellationTokenSource();
        var running = heartbeat.RunAsync(stop.Token);
        await NextBeatAsync();

        _time.Advance(Interval * 10);
        var afterStall = await NextBeatAsync();
        _time.Advance(Interval);
        var next = await NextBeatAsync();

        Assert.Equal(Interval, next - afterStall);
        Assert.False(_beats.Reader.TryRead(out _));
        await stop.CancelAsync();
        Assert.False(await running.WaitAsync(Wait));
    }

    [Fact]
    public async Task Run_SendFails_EndsQuietlyWithoutAZombie()
    {
        var heartbeat = new GatewayHeartbeat(Interval, _time, new FixedRandom(0), _ => throw new System.Net.WebSockets.WebSocketException("gone"));

        Assert.False(await heartbeat.RunAsync(CancellationToken.None).WaitAsync(Wait));
    }

    private GatewayHeartbeat Heartbeat(double jitter, bool acknowledge)
    {
        GatewayHeartbeat? heartbeat = null;
        heartbeat = new GatewayHeartbeat(Interval, _time, new FixedRandom(jitter), _ =>
        {
            _beats.Writer.TryWrite(_time.GetUtcNow());
            if (acknowledge)
            {
                heartbeat!.Acknowledge();
            }

            return Task.CompletedTask;
        });
        return heartbeat;
    }

    private async Task<DateTimeOffset> NextBeatAsync() => await _beats.Reader.ReadAsync().AsTask().WaitAsync(Wait);
}
