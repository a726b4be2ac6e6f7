using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Hosting;

/// <summary>
/// Runs the gateway connection for <c>serve</c>: registers the commands once READY arrives, hands every
/// interaction to the <see cref="InteractionDispatcher"/>, and on a fatal refusal (bad token, 4004, 4010–4014)
/// logs one line, records it in <see cref="DiscordRunStatus"/> and stops the host.
/// </summary>
public sealed class DiscordGatewayService(
    DiscordSocketClient client,
    InteractionDispatcher dispatcher,
    RestInteractionResponder responder,
    DiscordCommandRegistrar registrar,
    InteractionWorkTracker tracker,
    DiscordRunStatus status,
    IHostApplicationLifetime lifetime,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    private int _registered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        client.InteractionCreated += (interaction, receivedAt) =>
        {
            tracker.Track(Task.Run(() => dispatcher.HandleAsync(interaction, responder, receivedAt, tracker.AbortToken), CancellationToken.None));
            return Task.CompletedTask;
        };

        client.Ready += ready =>
        {
            if (options.Value.RegisterCommandsOnConnect && Interlocked.Exchange(ref _registered, 1) == 0)
            {
                tracker.Track(Task.Run(() => RegisterAsync(ready.ApplicationId, tracker.AbortToken), CancellationToken.None));
            }

            return Task.CompletedTask;
        };

        logger.LogInformation("Starting the Discord gateway with {Options}", options.Value);
        try
        {
            await client.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (GatewayFatalException ex)
        {
            Fail(ex.Message);
        }
        catch (DiscordHttpException ex) when (ex.Status == HttpStatusCode.Unauthorized)
        {
            Fail("Discord rejected the bot token (401 Unauthorized on GET /gateway/bot): check DISCORD_TOKEN.");
        }
        catch (DiscordHttpException ex)
        {
            Fail("Could not start the Discord gateway: " + ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Fail($"Could not reach Discord at {options.Value.ApiBaseUrl}: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Not a refusal from Discord but a defect: keep the stack trace, and still stop with a non-zero exit.
            logger.LogError(ex, "The Discord gateway stopped unexpectedly");
            Fail("The Discord gateway stopped unexpectedly: " + ex.Message);
        }
    }

    private async Task RegisterAsync(string? applicationId, CancellationToken cancellationToken)
    {
        var result = await registrar.RegisterAsync(applicationId, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            logger.LogError("Could not register the commands ({Scope}): {Error}", result.Scope, result.Error);
        }
    }

    private void Fail(string message)
    {
        logger.LogCritical("{Error}", message);
        status.Fail(message);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
