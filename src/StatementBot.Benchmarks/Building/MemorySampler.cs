using System.Diagnostics;

namespace StatementBot.Benchmarks.Building;

/// <summary>
/// Watches this process's resident memory while a stage runs (a sample every few milliseconds on a background
/// thread) and keeps the highest value: the stage's peak working set, including what the process held before it.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(20);

    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peak;

    private MemorySampler()
    {
        _peak = Sample();
        _thread = new Thread(Watch) { IsBackground = true, Name = "bench memory sampler" };
        _thread.Start();
    }

    public static MemorySampler Start() => new();

    /// <summary>The highest resident memory seen so far, in bytes.</summary>
    public long PeakBytes => Math.Max(Interlocked.Read(ref _peak), Sample());

    /// <summary>This process's resident memory now, in bytes.</summary>
    public static long CurrentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
        _process.Dispose();
    }

    private void Watch()
    {
        while (!_stopped)
        {
            var now = Sample();
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }

            Thread.Sleep(Every);
        }
    }

    private long Sample()
    {
        lock (_process)
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }
}
