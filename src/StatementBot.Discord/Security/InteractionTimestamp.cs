using System.Globalization;

namespace StatementBot.Discord.Security;

/// <summary>
/// How fresh a signed HTTP interaction must be. Discord puts the Unix time in seconds in <c>X-Signature-Timestamp</c>
/// and signs it with the body, so a request recorded off the wire stays validly signed forever; the endpoint takes one
/// only within <see cref="Window"/> of its own clock, either way (a little skew between clocks is normal). Discord's
/// docs set no window; five minutes is the usual choice for signed webhooks, and Discord delivers in well under a second.
/// </summary>
public static class InteractionTimestamp
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>True when <paramref name="timestamp"/> is whole Unix seconds within <see cref="Window"/> of <paramref name="now"/>.</summary>
    public static bool IsFresh(string? timestamp, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 12 ||
            !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var skew = TimeSpan.FromSeconds(Math.Abs(now.ToUnixTimeSeconds() - seconds));
        return skew <= Window;
    }
}
