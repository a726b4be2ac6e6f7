using System.Globalization;
using System.Text;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Security;

/// <summary>
/// The ways a request can reach the endpoint: signed as Discord signs it, or with one thing wrong — another key,
/// a body changed after signing, a header missing, a signature that is not hex, or a timestamp outside the window.
/// </summary>
public enum Signing
{
    AsDiscord,
    WrongKey,
    AlteredBody,
    NoSignature,
    NoTimestamp,
    NotHex,
    SixMinutesOld,
    SixMinutesAhead,
    NotANumber,
}

public static class SignedRequest
{
    /// <summary>Posts <paramref name="json"/> to the bot signed the way <paramref name="signing"/> says.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpBot bot, Signer application, Signer stranger, string json, Signing signing)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string Seconds(long s) => s.ToString(CultureInfo.InvariantCulture);
        var timestamp = signing switch
        {
            Signing.SixMinutesOld => Seconds(now - 360),
            Signing.SixMinutesAhead => Seconds(now + 360),
            Signing.NotANumber => "yesterday",
            _ => Seconds(now),
        };
        var signature = (signing == Signing.WrongKey ? stranger : application).Sign(timestamp, body);
        return signing switch
        {
            Signing.AlteredBody => bot.PostAsync([.. body, (byte)' '], signature, timestamp),
            Signing.NoSignature => bot.PostAsync(body, null, timestamp),
            Signing.NoTimestamp => bot.PostAsync(body, signature, null),
            Signing.NotHex => bot.PostAsync(body, new string('z', signature.Length), timestamp),
            _ => bot.PostAsync(body, signature, timestamp),
        };
    }
}
