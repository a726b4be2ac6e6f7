using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// The <see cref="InteractionDispatcher"/> wired as the host wires it (AddDiscordRest: renderer, custom ids, REST
/// client) over a given router, its REST pointed at a <see cref="FakeDiscord"/> so any edit or follow-up is recorded,
/// and its logs captured.
/// </summary>
public sealed class DispatcherHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DispatcherHarness(FakeDiscord fake, ServiceProvider services, CapturedLogs logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
        Dispatcher = services.GetRequiredService<InteractionDispatcher>();
    }

    public FakeDiscord Fake { get; }

    public CapturedLogs Logs { get; }

    public InteractionDispatcher Dispatcher { get; }

    /// <param name="deferAfterMs">When given, how soon the dispatcher defers and answers by editing <c>@original</c> instead.</param>
    public static async Task<DispatcherHarness> StartAsync(CommandRouter router, int? deferAfterMs = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
            ["DISCORD_APPLICATION_ID"] = FakeDiscord.ApplicationId,
        };
        if (deferAfterMs is { } ms)
        {
            settings["DISCORD_DEFER_AFTER_MS"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(router)
            .AddDiscordRest(configuration)
            .Configure<DiscordTimings>(TestTimings.Apply)
            .BuildServiceProvider();
        return new DispatcherHarness(fake, services, logs);
    }

    /// <summary>Every initial response the dispatcher chose for <paramref name="interaction"/> (exactly one, when all is well).</summary>
    public async Task<IReadOnlyList<InteractionResponse>> AnswerAsync(DiscordInteraction interaction)
    {
        var responder = new CapturingResponder();
        await Dispatcher.HandleAsync(interaction, responder, System.Diagnostics.Stopwatch.GetTimestamp(), CancellationToken.None);
        return responder.Responses;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }

    private sealed class CapturingResponder : IInteractionResponder
    {
        private readonly List<InteractionResponse> _responses = [];

        public IReadOnlyList<InteractionResponse> Responses
        {
            get
            {
                lock (_responses)
                {
                    return _responses.ToArray();
                }
            }
        }

        public Task RespondAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken)
        {
            lock (_responses)
            {
                _responses.Add(response);
            }

            return Task.CompletedTask;
        }
    }
}
