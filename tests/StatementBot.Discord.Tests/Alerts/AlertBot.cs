using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Watch;
using StatementBot.Discord.Alerts;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;

namespace StatementBot.Discord.Tests.Alerts;

/// <summary>
/// One run of the bot with alerts, as serve wires them: the index opened from its folder, the watch store beside it,
/// the real router, the gateway against the fake Discord, and the alert service. Disposing it is the process ending.
/// </summary>
public sealed class AlertBot : IAsyncDisposable
{
    private readonly Channel<AlertScan> _scans = Channel.CreateUnbounded<AlertScan>();
    private readonly GatewayBot _bot;

    private AlertBot(string indexRoot, FakeDiscord fake)
    {
        Index = StatementIndex.Open(indexRoot);
        var store = WatchStore.OpenBeside(indexRoot);
        var router = CommandSet.CreateRouter(new StatementSearcher(Index), new SpeakerDirectory(Index), watches: store);
        _bot = GatewayBot.Create(fake, router: router, services: services =>
        {
            services.AddSingleton(Index);
            services.AddSingleton(store);
            services.AddSingleton(sp => new AlertDispatcher(Index, store, sp.GetRequiredService<IAlertChannel>(), TimeProvider.System));
            services.AddDiscordAlerts();
        });
        _bot.Host.Services.GetRequiredService<AlertDispatcher>().Scanned += scan => _scans.Writer.TryWrite(scan);
    }

    public StatementIndex Index { get; }

    public static async Task<AlertBot> StartAsync(string indexRoot, FakeDiscord fake)
    {
        var bot = new AlertBot(indexRoot, fake);
        await bot._bot.Host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return bot;
    }

    /// <summary>The next scan to finish (the one at start, then one per refresh).</summary>
    public async Task<AlertScan> NextScanAsync() =>
        await _scans.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        Index.Dispose();
    }
}
