namespace StatementBot.Discord.Gateway;

/// <summary>A payload the bot sends: <c>{op, d}</c>.</summary>
internal sealed record GatewayOutgoing<T>(int Op, T D);
