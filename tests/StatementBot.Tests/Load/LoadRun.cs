using System.Diagnostics;

namespace StatementBot.Tests.Load;

/// <summary>Interactions sent with a fixed number in flight, and what came back: each answer, the failures, the wall time.</summary>
public sealed record LoadRun(IReadOnlyList<SignedInteractionClient.Answer> Answers, TimeSpan Wall)
{
    public IReadOnlyList<string> Errors => Answers.Where(a => a.Error is not null).Select(a => a.Error!).ToArray();

    public TimeSpan Max => Answers.Count == 0 ? TimeSpan.Zero : Answers.Max(a => a.Elapsed);

    public static async Task<LoadRun> SendAsync(SignedInteractionClient client, IReadOnlyList<string> bodies, int concurrency, CancellationToken cancellationToken)
    {
        var answers = new SignedInteractionClient.Answer[bodies.Count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var senders = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count)
            {
                answers[i] = await client.SendAsync(bodies[i], cancellationToken);
            }
        }, cancellationToken));
        await Task.WhenAll(senders);
        return new LoadRun(answers, wall.Elapsed);
    }

    /// <summary>Milliseconds at the <paramref name="percent"/>-th percentile (nearest rank).</summary>
    public double Percentile(double percent)
    {
        var sorted = Answers.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Describe()
    {
        var types = string.Join(", ", Answers.Where(a => a.Type is not null).GroupBy(a => a.Type!.Value).OrderBy(g => g.Key).Select(g => $"type {g.Key}: {g.Count()}"));
        return $"{Answers.Count:N0} interactions in {Wall.TotalSeconds:F1} s ({Answers.Count / Math.Max(0.001, Wall.TotalSeconds):F0}/s), {Errors.Count} errors; " +
            $"p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms, max {Max.TotalMilliseconds:F1} ms; {types}";
    }
}
