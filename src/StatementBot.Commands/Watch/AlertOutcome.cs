namespace StatementBot.Commands.Watch;

/// <summary>What became of one alert message.</summary>
public enum AlertOutcome
{
    /// <summary>It is in the channel.</summary>
    Posted,

    /// <summary>It can never be posted there (the channel is gone, or the bot may not write in it): not tried again.</summary>
    Refused,

    /// <summary>It could not be posted now (network, Discord's errors): tried again at the next scan.</summary>
    Failed,
}
