namespace StatementBot.Discord.Gateway;

/// <summary>What to do after a connection ended, how long to wait first, and the reason to log (or show, when fatal).</summary>
internal sealed record GatewayReconnectDecision(GatewayCloseAction Action, TimeSpan Delay, string Reason);
