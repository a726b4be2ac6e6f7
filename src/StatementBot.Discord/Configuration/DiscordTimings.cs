namespace StatementBot.Discord.Configuration;

/// <summary>
/// Waits and retry counts of the REST and gateway clients. The defaults follow Discord's guidance; tests shorten
/// them (<c>services.Configure&lt;DiscordTimings&gt;(...)</c>) so fault scenarios finish in milliseconds.
/// </summary>
public sealed class DiscordTimings
{
    /// <summary>Attempts per REST request (the first try included) when Discord answers 429 or 5xx.</summary>
    public int RestMaxAttempts { get; set; } = 4;

    /// <summary>First back-off after a 5xx or a network failure; doubled on each retry, with jitter.</summary>
    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking for a longer wait than this fails the request instead of stalling it.</summary>
    public TimeSpan RestMaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan RestRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First reconnect back-off after a failed gateway connection; doubled per failure up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random 1–5 s wait after a non-resumable Invalid Session before identifying again.</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Identify calls are limited to max_concurrency per 5 s.</summary>
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for Hello after the socket opens, and for the close handshake.</summary>
    public TimeSpan GatewayHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a clean shutdown waits for interactions still being answered.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
