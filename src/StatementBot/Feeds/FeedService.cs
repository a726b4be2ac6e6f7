using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StatementBot.Feeds;

/// <summary>Polls the configured feeds while the bot runs: each when it is due, then waits for the next.</summary>
public sealed class FeedService(FeedPoller poller, TimeProvider time, ILogger<FeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Following feeds into {Folder}", poller.Folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var result in await poller.PollDueAsync(stoppingToken))
                {
                    if (result.Saved.Count > 0)
                    {
                        logger.LogInformation("Feed {Feed}: {Count} new item(s) saved", result.Feed, result.Saved.Count);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The feeds folder could not be written (disk full, permissions): one line, and polling goes on.
                logger.LogError("Feeds: {Error}", e.Message);
            }

            var wait = poller.NextDue - time.GetUtcNow();
            try
            {
                await Task.Delay(wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
