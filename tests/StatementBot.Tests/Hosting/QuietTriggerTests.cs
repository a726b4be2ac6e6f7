using Microsoft.Extensions.Time.Testing;
using StatementBot.Hosting;

namespace StatementBot.Tests.Hosting;

/// <summary>When the corpus watcher looks at the corpus: after changes have gone quiet, or at each rescan.</summary>
public sealed class QuietTriggerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_ChangesKeepComing_FiresOnceTheyHaveBeenQuiet()
    {
        var trigger = new QuietTrigger(Quiet, Rescan, _time);
        var waiting = trigger.WaitAsync(CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            // A file being copied: an event every 100 ms, never 250 ms of quiet.
            trigger.Notify();
            await Advance(TimeSpan.FromMilliseconds(100));
            Assert.False(waiting.IsCompleted, $"fired {i * 100 + 100} ms into the writing");
        }

        await Advance(TimeSpan.FromMilliseconds(200));
        Assert.True(await Settled(waiting));
    }

    [Fact]
    public async Task WaitAsync_NoChange_FiresAtTheRescanAsNotAChange()
    {
        var trigger = new QuietTrigger(Quiet, Rescan, _time);
        var waiting = trigger.WaitAsync(CancellationToken.None);
        await Advance(Rescan - TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);

        await Advance(TimeSpan.FromSeconds(1));
        Assert.False(await Settled(waiting));
    }

    [Fact]
    public async Task WaitAsync_ChangeWhileTheLastUpdateRan_FiresAgainAfterQuiet()
    {
        var trigger = new QuietTrigger(Quiet, Rescan, _time);
        trigger.Notify();
        var first = trigger.WaitAsync(CancellationToken.None);
        await Advance(Quiet);
        Assert.True(await Settled(first));

        trigger.Notify();
        var second = trigger.WaitAsync(CancellationToken.None);
        await Advance(Quiet);
        Assert.True(await Settled(second));
    }

    /// <summary>
    /// The outcome of <paramref name="waiting"/>, which is due now: a continuation still on its way to the thread pool
    /// may register its next timer a moment after the clock moved, so the clock creeps on by 1 ms (at most 20) until
    /// it has answered.
    /// </summary>
    private async Task<bool> Settled(Task<bool> waiting)
    {
        for (var step = 0; step < 20 && !waiting.IsCompleted; step++)
        {
            await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(50)));
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        return await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Moves the clock, then lets the continuations the timers released run.</summary>
    private async Task Advance(TimeSpan by)
    {
        _time.Advance(by);
        for (var i = 0; i < 10; i++)
        {
            await Task.Yield();
        }
    }
}
