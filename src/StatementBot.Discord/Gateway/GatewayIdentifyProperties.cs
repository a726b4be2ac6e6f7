namespace StatementBot.Discord.Gateway;

internal sealed record GatewayIdentifyProperties(string Os, string Browser, string Device);
