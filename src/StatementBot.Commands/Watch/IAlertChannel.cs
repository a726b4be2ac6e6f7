using StatementBot.Commands.Replies;

namespace StatementBot.Commands.Watch;

/// <summary>Where alerts go: a front end that can post a reply into a channel by its id (Discord's channel messages).</summary>
public interface IAlertChannel
{
    Task<AlertOutcome> PostAsync(string channel, Reply alert, CancellationToken cancellationToken);
}
