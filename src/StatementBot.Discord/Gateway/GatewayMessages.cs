using System.Globalization;
using System.Text;
using System.Text.Json;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Gateway;

/// <summary>The payloads the bot sends (Heartbeat, Identify, Resume) and the one it reads before any other (Hello).</summary>
internal static class GatewayMessages
{
    /// <summary><c>{"op":1,"d":last sequence or null}</c>.</summary>
    public static byte[] Heartbeat(long? sequence) =>
        Encoding.UTF8.GetBytes($$"""{"op":1,"d":{{(sequence is { } s ? s.ToString(CultureInfo.InvariantCulture) : "null")}}}""");

    /// <summary>Identify with intents 0 (INTERACTION_CREATE needs none) as the configured shard. Carries the token: never logged.</summary>
    public static byte[] Identify(DiscordOptions options)
    {
        var properties = new GatewayIdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "statementbot", "statementbot");
        return Serialize(GatewayOpCode.Identify, new GatewayIdentify(options.Token!, DiscordSocketClient.Intents, properties, [options.ShardId, options.ShardCount]));
    }

    /// <summary>Resume <paramref name="session"/> from <paramref name="sequence"/>. Carries the token: never logged.</summary>
    public static byte[] Resume(DiscordOptions options, GatewaySession session, long? sequence) =>
        Serialize(GatewayOpCode.Resume, new GatewayResume(options.Token!, session.SessionId, sequence));

    /// <summary>The heartbeat interval Hello names, or null when <paramref name="hello"/> is not a usable Hello.</summary>
    public static TimeSpan? HeartbeatInterval(GatewayPayload? hello) =>
        hello is { Op: GatewayOpCode.Hello } &&
        hello.Data.ValueKind == JsonValueKind.Object &&
        hello.Data.TryGetProperty("heartbeat_interval", out var element) && element.TryGetDouble(out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    private static byte[] Serialize<T>(GatewayOpCode op, T data) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayOutgoing<T>((int)op, data), DiscordJson.Options);
}
