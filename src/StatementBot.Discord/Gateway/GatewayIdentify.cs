namespace StatementBot.Discord.Gateway;

/// <summary>The <c>d</c> of Identify (op 2). Carries the token: never logged.</summary>
internal sealed record GatewayIdentify(string Token, int Intents, GatewayIdentifyProperties Properties, int[] Shard);
