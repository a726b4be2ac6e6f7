using System.Net;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Watch;
using StatementBot.Discord.Messages;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Alerts;

/// <summary>
/// Posts alerts as the bot's own messages in their channels: rendered as any reply with hits is (a header embed, an
/// embed per statement), never pinging anyone, through the REST client's rate-limit buckets. A channel that is gone or
/// closed to the bot (403, 404) refuses for good; anything else may work later.
/// </summary>
public sealed class DiscordAlertChannel(DiscordRestClient rest, ReplyRenderer renderer) : IAlertChannel
{
    public async Task<AlertOutcome> PostAsync(string channel, Reply alert, CancellationToken cancellationToken)
    {
        var message = renderer.Render(alert) with { AllowedMentions = AllowedMentions.None, Flags = null };
        try
        {
            await rest.CreateMessageAsync(channel, message, cancellationToken).ConfigureAwait(false);
            return AlertOutcome.Posted;
        }
        catch (DiscordHttpException e) when (e.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return AlertOutcome.Refused;
        }
        catch (Exception e) when (e is DiscordHttpException or HttpRequestException or TimeoutException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return AlertOutcome.Failed;
        }
    }
}
