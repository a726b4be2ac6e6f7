using System.Net;

namespace StatementBot.Discord.Rest;

/// <summary>
/// Discord refused a REST request (Discord.Net's <c>HttpException</c>). <see cref="Code"/> is Discord's JSON error
/// code when the body had one (10062 unknown interaction, 40060 already acknowledged, ...). The message names the
/// route template, never a token.
/// </summary>
public sealed class DiscordHttpException(HttpStatusCode status, int? code, string reason, string route)
    : Exception($"Discord answered {(int)status} {status} to {route}" + (code is { } c ? $" (error {c}: {reason})" : $": {reason}"))
{
    public HttpStatusCode Status { get; } = status;

    public int? Code { get; } = code;

    public string Reason { get; } = reason;

    public string Route { get; } = route;
}
