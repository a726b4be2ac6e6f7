using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatementBot.Commands.Watch;
using StatementBot.Search.Opening;

namespace StatementBot.Discord.Alerts;

/// <summary>
/// Runs the alert scans: once at start (catching up on what arrived while the bot was down), then after every switch
/// of the index to a new build (<see cref="StatementIndex.Refreshed"/>). Scans run one after another on this service's
/// loop; refreshes during a scan make one more scan after it. Off, with one log line, when the host set up no alerts.
/// </summary>
public sealed class AlertService(IServiceProvider services, ILogger<AlertService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _refreshed = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatcher = services.GetService<AlertDispatcher>();
        var index = services.GetService<StatementIndex>();
        if (dispatcher is null || index is null)
        {
            logger.LogInformation("Alerts are off: no watch store was set up beside the index");
            return;
        }

        index.Refreshed += OnRefreshed;
        try
        {
            await Task.Yield();
            do
            {
                await ScanAsync(dispatcher, stoppingToken).ConfigureAwait(false);
                await _refreshed.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            while (!stoppingToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a scan cut short records nothing it did not post, so the next start does the rest.
        }
        finally
        {
            index.Refreshed -= OnRefreshed;
        }
    }

    // One pending wake-up is enough: the scan after it sees every build published until then.
    private void OnRefreshed(StatementIndex index)
    {
        if (_refreshed.CurrentCount == 0)
        {
            _refreshed.Release();
        }
    }

    private async Task ScanAsync(AlertDispatcher dispatcher, CancellationToken stoppingToken)
    {
        try
        {
            var scan = await dispatcher.ScanAsync(stoppingToken).ConfigureAwait(false);
            if (scan.Baseline)
            {
                logger.LogInformation("Alerts start from the index as it is: {Statements} statements taken as seen, none posted", scan.Statements);
            }
            else if (scan.New > 0)
            {
                logger.LogInformation("Alerts: {New} new statement(s); {Posted} message(s) posted, {Failed} to try again, {Refused} refused by their channel",
                    scan.New, scan.Posted, scan.Failed, scan.Refused);
            }

            foreach (var problem in scan.Problems)
            {
                logger.LogWarning("Alerts: {Problem}", problem);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Alert scan failed; the next refresh or start tries again");
        }
    }
}
