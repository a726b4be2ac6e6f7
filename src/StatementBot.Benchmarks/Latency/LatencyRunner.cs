using System.Diagnostics;

namespace StatementBot.Benchmarks.Latency;

/// <summary>
/// Times an operation over a list of inputs: warm (one untimed pass first), single-threaded, or with several callers
/// at once, each walking the whole list in its own shuffled order. Each run gives its own percentiles; the figures
/// reported are the medians over the runs.
/// </summary>
public sealed class LatencyRunner(int runs, int passes, int seed = 17)
{
    public int Runs { get; } = Math.Max(1, runs);

    public int Passes { get; } = Math.Max(1, passes);

    /// <summary>
    /// Untimed passes until the runtime has finished optimising the hot code (tiered compilation promotes a method
    /// after about 30 calls, in the background): at least <paramref name="passes"/> passes and <paramref name="time"/>.
    /// What follows is the steady state of a bot that has been running for a while; start-up is measured apart.
    /// </summary>
    public static void WarmUp<T>(IReadOnlyList<T> inputs, Action<T> call, int passes = 3, TimeSpan? time = null)
    {
        var minimum = time ?? TimeSpan.FromSeconds(2);
        var clock = Stopwatch.StartNew();
        for (var pass = 0; inputs.Count > 0 && (pass < passes || clock.Elapsed < minimum); pass++)
        {
            foreach (var input in inputs)
            {
                call(input);
            }
        }
    }

    /// <summary>Each input's median time over <paramref name="calls"/> calls, one caller.</summary>
    public static double[] PerInput<T>(IReadOnlyList<T> inputs, Action<T> call, int calls = 3) =>
        inputs.Select(input => Enumerable.Range(0, calls).Select(_ => Time(call, input)).Order().ElementAt(calls / 2)).ToArray();

    public LatencyStats Measure<T>(IReadOnlyList<T> inputs, Action<T> call, int callers = 1)
    {
        if (inputs.Count == 0)
        {
            return LatencyStats.Empty;
        }

        var results = new List<LatencyStats>(Runs);
        for (var run = 0; run < Runs; run++)
        {
            results.Add(callers <= 1 ? Single(inputs, call) : Concurrent(inputs, call, callers, run));
        }

        return LatencyStats.Median(results);
    }

    private LatencyStats Single<T>(IReadOnlyList<T> inputs, Action<T> call)
    {
        var samples = new List<double>(inputs.Count * Passes);
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var input in inputs)
            {
                samples.Add(Time(call, input));
            }
        }

        return LatencyStats.From(samples, wall.Elapsed);
    }

    private LatencyStats Concurrent<T>(IReadOnlyList<T> inputs, Action<T> call, int callers, int run)
    {
        var perCaller = new List<double>[callers];
        var failures = new Exception?[callers];
        using var start = new Barrier(callers + 1);
        var threads = new Thread[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            var order = Shuffled(inputs.Count, seed + run * 1_000 + caller);
            perCaller[caller] = new List<double>(inputs.Count * Passes);
            threads[caller] = new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    for (var pass = 0; pass < Passes; pass++)
                    {
                        foreach (var i in order)
                        {
                            perCaller[caller].Add(Time(call, inputs[i]));
                        }
                    }
                }
                catch (Exception e)
                {
                    // Handed to the measuring thread below: an exception on a caller thread would end the process.
                    failures[caller] = e;
                }
            })
            { IsBackground = true, Name = $"bench caller {caller}" };
            threads[caller].Start();
        }

        start.SignalAndWait();
        var wall = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        wall.Stop();
        if (failures.OfType<Exception>().ToArray() is { Length: > 0 } failed)
        {
            throw new AggregateException("A benchmark caller failed.", failed);
        }

        return LatencyStats.From(perCaller.SelectMany(s => s).ToArray(), wall.Elapsed);
    }

    private static double Time<T>(Action<T> call, T input)
    {
        var started = Stopwatch.GetTimestamp();
        call(input);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static int[] Shuffled(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}
