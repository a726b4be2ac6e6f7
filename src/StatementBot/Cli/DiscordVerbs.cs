using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Serialization;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Telemetry;
using StatementBot.Feeds;
using StatementBot.Hosting;
using StatementBot.Indexing;

namespace StatementBot.Cli;

/// <summary>
/// <c>serve</c> (gateway, or <c>--http</c> for the interactions endpoint) and <c>register</c>. Settings come from the
/// environment (DISCORD_TOKEN, DISCORD_PUBLIC_KEY, DISCORD_GUILD_ID, ...) or appsettings.json; a missing or
/// malformed one stops with one line and exit code 1. The token is never printed.
/// </summary>
public static class DiscordVerbs
{
    public const string ServeVerb = "serve";

    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static Command Serve(Terminal terminal, GlobalOptions global)
    {
        var http = new Option<bool>("--http") { Description = "Answer Discord's HTTP interactions (POST /interactions) instead of the gateway" };
        var urls = new Option<string>("--urls") { Description = "Where the HTTP endpoint listens (default " + DefaultUrls + "); /healthz and /metrics are served there too", HelpName = "URLS" };
        var health = new Option<string>("--health-urls") { Description = "Gateway mode: where to serve /healthz and /metrics (Prometheus); off unless given", HelpName = "URLS" };
        var feeds = FeedsVerb.FeedOption("Follow this RSS or Atom feed, saving new items into the corpus (repeatable; also the Feeds section of appsettings.json)");
        var verb = new Command(ServeVerb, "Answer the slash commands in Discord (gateway by default; needs DISCORD_TOKEN)") { http, urls, health, feeds };
        verb.SetAction((parse, cancellation) => RunServeAsync(
            terminal, global, parse, parse.GetValue(http), parse.GetValue(urls), parse.GetValue(health), new FeedSources(parse.GetValue(feeds) ?? [], global.Settings(parse).CorpusRoots), cancellation));
        return verb;
    }

    public static Command Register(Terminal terminal, GlobalOptions global)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the commands exactly as they would be sent (with --json: the request body), without contacting Discord" };
        var verb = new Command("register", "Register the slash commands with Discord (bulk overwrite; DISCORD_GUILD_ID for one server) and list them") { dryRun };
        verb.SetAction((parse, cancellation) => parse.GetValue(dryRun) ? Task.FromResult(RegisterDryRun(terminal, parse.GetValue(global.Json))) : WithIndexAsync(terminal, global, parse, async index =>
        {
            var builder = Host.CreateApplicationBuilder();
            Quiet(builder);
            builder.Services.AddStatementIndex(index);
            builder.Services.AddDiscordRegistration(builder.Configuration);
            using var host = builder.Build();
            Validate(host.Services);
            var result = await host.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(cancellationToken: cancellation);
            if (!result.Succeeded)
            {
                return terminal.Fail(result.Error ?? "Discord refused the commands.", json: false) - 1;
            }

            terminal.Output.WriteLine($"Discord now has {result.Commands.Count} commands ({result.Scope}):");
            foreach (var command in result.Commands)
            {
                terminal.Output.WriteLine(command.Type == ApplicationCommandType.Message
                    ? $"  {command.Name}  (on a message's menu: Apps › {command.Name})"
                    : $"  /{command.Name}  {command.Description}");
            }

            return 0;
        }));
        return verb;
    }

    /// <summary>
    /// The catalog as <c>register</c> would send it, for review and scripts: no token, no index and no network needed.
    /// The scope follows <c>DISCORD_GUILD_ID</c> as a real registration does; a catalog breaking Discord's rules exits 1.
    /// </summary>
    private static int RegisterDryRun(Terminal terminal, bool json)
    {
        var builder = Host.CreateApplicationBuilder();
        Quiet(builder);
        builder.Services.AddSingleton(CommandSet.Catalog);
        builder.Services.AddDiscordRest(builder.Configuration);
        using var host = builder.Build();
        try
        {
            Validate(host.Services);
        }
        catch (OptionsValidationException e)
        {
            terminal.Status.WriteLine("Error: " + string.Join(" ", e.Failures));
            return 1;
        }

        var registrar = host.Services.GetRequiredService<DiscordCommandRegistrar>();
        var commands = registrar.BuildCommands();
        if (json)
        {
            terminal.Output.WriteLine(DiscordJson.Serialize(commands));
        }
        else
        {
            RegistrationListing.Write(terminal.Output, registrar.Scope, commands);
        }

        var problems = registrar.Problems();
        return problems.Count == 0 ? 0 : terminal.Fail("The command catalog breaks Discord's rules: " + string.Join(" ", problems), json: false);
    }

    /// <summary>
    /// The HTTP interactions endpoint (POST /interactions) over an open index, settings checked. Discord signs every
    /// request; the endpoint verifies it with DISCORD_PUBLIC_KEY. <paramref name="settings"/> overrides the environment
    /// (the benchmark passes its own key).
    /// </summary>
    /// <param name="status">Where a problem with alerts is said; null to run without alerts (the benchmark).</param>
    public static WebApplication HttpInteractionsApp(
        IndexGate index, string urls, IReadOnlyDictionary<string, string?>? settings = null, LogLevel level = LogLevel.Information, FeedSources? feeds = null, TextWriter? status = null)
    {
        var web = WebApplication.CreateBuilder();
        Quiet(web, level);
        if (settings is not null)
        {
            web.Configuration.AddInMemoryCollection(settings);
        }

        web.WebHost.UseUrls(urls);
        web.Services.AddStatementIndex(index);
        // New and changed corpus files are searchable seconds later, without a restart.
        web.Services.AddCorpusWatcher(index);
        web.Services.AddDiscordHttpInteractions(web.Configuration);
        web.Services.AddFeeds(web.Configuration, feeds ?? new FeedSources([], [IndexSettings.DefaultCorpus]));
        if (status is not null)
        {
            web.Services.AddWatchAlerts(index, status);
        }
        web.Services.AddServeShutdown();
        web.Services.AddBotTelemetry();
        var app = web.Build();
        Validate(app.Services);
        app.MapDiscordInteractions();
        app.MapBotTelemetry();
        return app;
    }

    /// <summary>The gateway host with <c>/healthz</c> and <c>/metrics</c> served on <paramref name="urls"/>.</summary>
    private static WebApplication GatewayWithHealth(IndexGate index, string urls, FeedSources feeds, TextWriter status)
    {
        var web = WebApplication.CreateBuilder();
        Quiet(web);
        web.WebHost.UseUrls(urls);
        web.Services.AddStatementIndex(index);
        web.Services.AddCorpusWatcher(index);
        web.Services.AddDiscordGateway(web.Configuration);
        web.Services.AddFeeds(web.Configuration, feeds);
        web.Services.AddWatchAlerts(index, status);
        web.Services.AddServeShutdown();
        web.Services.AddBotTelemetry();
        var app = web.Build();
        Validate(app.Services);
        app.MapBotTelemetry();
        return app;
    }

    /// <summary>The default action with no verb: serve when a token is set, else help.</summary>
    public static bool ShouldServeByDefault(IConfiguration environment) =>
        !string.IsNullOrWhiteSpace(environment["DISCORD_TOKEN"]);

    /// <summary>
    /// The host's console lifetime stops it on SIGTERM or SIGINT (see <see cref="ServeShutdown"/>); a clean stop is
    /// exit code 0, a refusal from Discord or an address that cannot be listened on is one line and exit code 1.
    /// </summary>
    private static Task<int> RunServeAsync(Terminal terminal, GlobalOptions global, ParseResult parse, bool http, string? urls, string? healthUrls, FeedSources feeds, CancellationToken cancellation) =>
        WithIndexAsync(terminal, global, parse, async index =>
        {
            if (http)
            {
                var address = urls ?? DefaultUrls;
                await using var app = HttpInteractionsApp(index, address, feeds: feeds, status: terminal.Status);
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (Exception e) when (e is IOException or FormatException or InvalidOperationException && !cancellation.IsCancellationRequested)
                {
                    // Kestrel could not bind: the port is taken, or --urls is not an address of this machine.
                    return terminal.Fail($"Cannot listen on {address}: {e.Message}", json: false) - 1;
                }

                await app.WaitForShutdownAsync(cancellation);
                return 0;
            }

            if (healthUrls is not null)
            {
                // /healthz and /metrics beside the gateway: a small web host on the addresses given.
                await using var web = GatewayWithHealth(index, healthUrls, feeds, terminal.Status);
                var webStatus = web.Services.GetRequiredService<DiscordRunStatus>();
                try
                {
                    await web.StartAsync(cancellation);
                }
                catch (Exception e) when (e is IOException or FormatException or InvalidOperationException && !cancellation.IsCancellationRequested)
                {
                    return terminal.Fail($"Cannot listen on {healthUrls}: {e.Message}", json: false) - 1;
                }

                await web.WaitForShutdownAsync(cancellation);
                return webStatus.FatalError is { } webFatal ? terminal.Fail(webFatal, json: false) - 1 : 0;
            }

            var builder = Host.CreateApplicationBuilder();
            Quiet(builder);
            builder.Services.AddStatementIndex(index);
            builder.Services.AddCorpusWatcher(index);
            // The gateway works behind NAT: no public URL needed.
            builder.Services.AddDiscordGateway(builder.Configuration);
            // New items of the followed feeds are saved into the corpus while the bot runs.
            builder.Services.AddFeeds(builder.Configuration, feeds);
            // New statements matching a channel's /watch are posted there.
            builder.Services.AddWatchAlerts(index, terminal.Status);
            builder.Services.AddServeShutdown();
            using var host = builder.Build();
            Validate(host.Services);
            // Read before the host stops: RunAsync would dispose its services with it.
            var status = host.Services.GetRequiredService<DiscordRunStatus>();
            await host.StartAsync(cancellation);
            await host.WaitForShutdownAsync(cancellation);
            return status.FatalError is { } fatal
                ? terminal.Fail(fatal, json: false) - 1
                : 0;
        });

    private static async Task<int> WithIndexAsync(Terminal terminal, GlobalOptions global, ParseResult parse, Func<IndexGate, Task<int>> run)
    {
        var settings = global.Settings(parse);
        if (settings.Problem() is { } problem)
        {
            return terminal.Fail(problem, json: false);
        }

        using var index = IndexGate.OpenOrBuild(settings, rebuild: false, terminal.Status);
        if (index.Error is { } error)
        {
            return terminal.Fail(error, json: false);
        }

        try
        {
            return await run(index);
        }
        catch (OptionsValidationException e)
        {
            // One line naming the setting, not a host failure with a stack trace.
            terminal.Status.WriteLine("Error: " + string.Join(" ", e.Failures));
            return 1;
        }
    }

    /// <summary>Checks the Discord settings before the host starts, so a bad one is one line, not a host failure log.</summary>
    private static void Validate(IServiceProvider services) => _ = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

    private static void Quiet(IHostApplicationBuilder builder, LogLevel level = LogLevel.Information)
    {
        builder.Logging.SetMinimumLevel(level);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        // The host's own failure events ("Hosting failed to start", a faulted service) carry stack traces; serve
        // reports each failure as one line itself. Kestrel's one Critical event is the same start failure.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", l => l is >= LogLevel.Warning and < LogLevel.Critical);
    }
}
