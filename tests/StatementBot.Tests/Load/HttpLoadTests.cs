using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using StatementBot.Cli;
using StatementBot.Discord;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Tests.Load;

/// <summary>
/// <c>serve --http</c>'s app under a busy channel's load, in this process on loopback over a small real index:
/// 10,000 signed interactions, 64 in flight at a time. Every one must be answered, each inside Discord's 3-second
/// deadline, and the managed heap must come back near where it started once the load is over.
/// </summary>
[Trait("Category", "Load")]
[Collection(LoadCollection.Name)]
public sealed class HttpLoadTests(LoadCorpusFixture corpus, ITestOutputHelper output) : IClassFixture<LoadCorpusFixture>
{
    public const int Interactions = 10_000;
    public const int Concurrency = 64;

    /// <summary>Untimed first, so the figures are the running bot's (compiled code, caches filled), not its first minute's.</summary>
    private const int WarmUp = 1_000;

    /// <summary>
    /// How much more managed heap may be live after the load than before it: the bounded caches (a few MB on this
    /// index) and the runtime's own pools, with room; a leak of 1 KB per interaction would be 10 MB.
    /// </summary>
    private const long HeapGrowthLimit = 8 * 1024 * 1024;

    [SharedFact]
    public async Task SignedInteractions_64InFlight_AreAllAnsweredWithinTheDeadline_AndTheHeapComesBack()
    {
        using var signer = Signer.Create();
        var port = LoopbackPort.Free();
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = signer.PublicKeyHex,
            // Edits after a deferral would go here: a closed loopback port, so nothing leaves the machine.
            ["DISCORD_API_BASE_URL"] = "http://127.0.0.1:9/api/v10",
        };
        var index = corpus.Index;
        var speakers = index.SpeakerDirectory!.List(null, 1, 8).Value!.Speakers.Select(s => s.Speaker.Name).ToArray();
        var bodies = InteractionMix.Bodies(WarmUp + Interactions, speakers).ToArray();
        await using var app = DiscordVerbs.HttpInteractionsApp(index, $"http://127.0.0.1:{port}", settings, LogLevel.Warning);
        await app.StartAsync();
        using var client = new SignedInteractionClient(port, signer, Concurrency);
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        await LoadRun.SendAsync(client, bodies[..WarmUp], Concurrency, budget.Token);
        var heapBefore = Heap();
        var workingSetBefore = WorkingSet();
        var run = await LoadRun.SendAsync(client, bodies[WarmUp..], Concurrency, budget.Token);
        var heapAfter = Heap();
        var workingSetAfter = WorkingSet();

        output.WriteLine(run.Describe());
        output.WriteLine($"managed heap {Megabytes(heapBefore)} before → {Megabytes(heapAfter)} after ({Megabytes(heapAfter - heapBefore)} more; limit {Megabytes(HeapGrowthLimit)}); " +
            $"working set {Megabytes(workingSetBefore)} → {Megabytes(workingSetAfter)}; load average {LoadAverage()}");
        Assert.Equal(Interactions, run.Answers.Count);
        Assert.True(run.Errors.Count == 0, $"{run.Errors.Count} interactions failed; first: {run.Errors.FirstOrDefault()}");
        Assert.True(run.Max < DiscordLimits.InitialResponseDeadline, $"the slowest answer took {run.Max.TotalMilliseconds:F0} ms");
        Assert.All(run.Answers, a => Assert.Contains(a.Type!.Value, new[] { 4, 5, 8 }));
        Assert.True(heapAfter - heapBefore < HeapGrowthLimit, $"the heap grew by {Megabytes(heapAfter - heapBefore)} over the run");
    }

    /// <summary>The live managed heap after a full, compacting collection.</summary>
    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

}
