namespace StatementBot.Discord.Rest;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect, the recommended shard count, and identify budget.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
