using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// The real bot host for <c>serve</c> (Host.CreateApplicationBuilder + AddDiscordGateway + a router with fake
/// handlers) pointed at a <see cref="FakeDiscord"/>, with shortened timings and captured logs.
/// </summary>
public sealed class GatewayBot : IAsyncDisposable
{
    private GatewayBot(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public DiscordRunStatus Status => Host.Services.GetRequiredService<DiscordRunStatus>();

    /// <summary>Fires when the host is asked to stop (by the bot itself after a fatal error — RunAsync would then return).</summary>
    public CancellationToken Stopping => Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    /// <param name="services">More services for the host (alerts, say), added after the gateway's.</param>
    public static GatewayBot Create(
        FakeDiscord fake, IDictionary<string, string?>? settings = null, CommandRouter? router = null, Action<DiscordTimings>? timings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["DISCORD_TOKEN"] = FakeDiscord.Token,
            ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
            ["DISCORD_GUILD_ID"] = FakeInteractions.GuildId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(router ?? FakeHandlers.Router());
        builder.Services.AddDiscordGateway(builder.Configuration);
        services?.Invoke(builder.Services);
        builder.Services.Configure<DiscordTimings>(TestTimings.Apply);
        if (timings is not null)
        {
            builder.Services.Configure(timings);
        }
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        return new GatewayBot(builder.Build(), logs);
    }

    public static async Task<GatewayBot> StartAsync(FakeDiscord fake, IDictionary<string, string?>? settings = null, CommandRouter? router = null, Action<DiscordTimings>? timings = null)
    {
        var bot = Create(fake, settings, router, timings);
        await bot.Host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return bot;
    }

    /// <summary>Waits (a few seconds at most) for the host to stop by itself.</summary>
    public async Task<bool> WaitForStopAsync(TimeSpan timeout)
    {
        var stopped = new TaskCompletionSource();
        using var registration = Stopping.Register(() => stopped.TrySetResult());
        return await Task.WhenAny(stopped.Task, Task.Delay(timeout)) == stopped.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
