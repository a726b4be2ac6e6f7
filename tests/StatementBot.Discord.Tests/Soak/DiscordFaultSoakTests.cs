using System.Diagnostics;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using Xunit.Abstractions;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>
/// A thousand interactions through the real gateway host and the fake Discord while the gateway drops, asks to
/// reconnect, invalidates the session (resumable and not), stops acknowledging heartbeats and floods heartbeat
/// requests, and the REST side answers 429s (per route and global) and 5xx. Discord's own rules decide what counts:
/// a callback more than 3 s after the interaction was created is refused, and so is an edit after 15 minutes.
/// </summary>
[Collection(SoakCollection.Name)]
[Trait("Category", "Soak")]
public sealed class DiscordFaultSoakTests(ITestOutputHelper output)
{
    private const int Interactions = 1000;
    private const int FaultEvery = 40;
    private const double HeldShare = 0.05;
    private const int Seed = 9;

    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(8);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Soak_ThousandInteractionsThroughGatewayAndRestFaults_EachStillAcceptableOneIsAnsweredOnce()
    {
        var clock = Stopwatch.StartNew();
        // /hold blocks a pool thread until its deferral reaches Discord, by design; a pool of two would make the
        // machine, not the bot, miss the deadline. Restored below.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), completion);
        try
        {
            await using var fake = await FakeDiscord.StartAsync();
            fake.HeartbeatIntervalMs = 1000;
            fake.EnforceDeadlines = true;
            fake.ReplayOverlap = 2;
            using var held = new HeldCommand();
            var restFaults = new SoakRestFaults(Seed, held);
            fake.Intercept = restFaults.Intercept;
            var router = new CommandRouter([new QuickCommand(), held], TestCorpus.Speakers);
            var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "250" }, router);
            SoakFigures figures;
            try
            {
                var created = 0;
                var gatewayFaults = new List<string>();
                var faulting = InjectGatewayFaultsAsync(fake, () => Volatile.Read(ref created), gatewayFaults);
                var random = new Random(Seed);
                for (var i = 0; i < Interactions; i++)
                {
                    var id = FakeInteractions.NewId();
                    var isHeld = random.NextDouble() < HeldShare;
                    await fake.CreateInteractionAsync(
                        isHeld ? FakeInteractions.Command(id, HeldCommand.Name, (HeldCommand.TicketOption, id)) : FakeInteractions.Command(id, QuickCommand.Name),
                        Settle);
                    Interlocked.Increment(ref created);
                    await Task.Delay(Pace);
                }

                await faulting;
                await WaitUntilHandledAsync(fake, bot.Logs);
                figures = SoakFigures.Measure(fake, bot.Logs, gatewayFaults, restFaults, clock.Elapsed);
            }
            finally
            {
                await bot.DisposeAsync();
            }

            foreach (var line in figures.Report())
            {
                output.WriteLine(line);
            }

            if (figures.Unanswered.Count + figures.HandledTwice.Count + figures.AnsweredTwice.Count > 0)
            {
                // What the gateway went through, to read beside the ids that went wrong.
                foreach (var line in bot.Logs.Lines.Where(l => l.Category == typeof(DiscordSocketClient).FullName && l.Level >= Microsoft.Extensions.Logging.LogLevel.Information))
                {
                    output.WriteLine($"{line.Level}: {line.Message}");
                }
            }

            Assert.Equal(Interactions, figures.Interactions);
            Assert.Equal(Interactions / FaultEvery - 1, figures.GatewayFaults.Count);
            Assert.True(figures.RestFaults.RouteLimited > 0 && figures.RestFaults.GlobalLimited > 0 && figures.RestFaults.ServerErrors > 0 && figures.RestFaults.LostAfterProcessing > 0);
            Assert.Empty(figures.Unanswered);
            Assert.Empty(figures.HandledTwice);
            Assert.Empty(figures.AnsweredTwice);
            Assert.Equal(Interactions, figures.Answered + figures.Expired);
            Assert.True(figures.Expired <= Interactions / 100, $"{figures.Expired} interactions answered too late for Discord");
            Assert.True(figures.Deferred > 0, "no answer went through a deferral");
            Assert.True(figures.MaxSendsOnOneConnection <= 120, $"{figures.MaxSendsOnOneConnection} gateway sends in 60 s on one connection");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the soak took {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completion);
        }
    }

    /// <summary>One gateway fault after every <see cref="FaultEvery"/> interactions, each on whichever connection is live then.</summary>
    private static async Task InjectGatewayFaultsAsync(FakeDiscord fake, Func<int> created, List<string> injected)
    {
        for (var n = 1; n < Interactions / FaultEvery; n++)
        {
            while (created() < n * FaultEvery)
            {
                await Task.Delay(Pace);
            }

            var (name, step) = GatewayFaultPlan.Fault(injected.Count);
            injected.Add(name);
            await fake.RunOnLiveAsync(step, Settle);
        }
    }

    /// <summary>Waits until the bot has logged its one line for every interaction (answered, expired or failed).</summary>
    private static async Task WaitUntilHandledAsync(FakeDiscord fake, CapturedLogs logs)
    {
        var deadline = Stopwatch.StartNew();
        while (SoakFigures.HandledCounts(logs, fake.Created).Count < fake.Created.Count && deadline.Elapsed < Settle)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
