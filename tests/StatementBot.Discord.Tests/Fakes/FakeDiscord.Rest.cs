using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>The fake Discord's REST side: the routes the bot calls, Discord's answers, and the deadlines it keeps.</summary>
public sealed partial class FakeDiscord
{
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private long _nextId = 900000000000000000;

    private async Task RestAsync(HttpContext context)
    {
        var (body, parts) = await ReadBodyAsync(context.Request);
        var path = context.Request.Path.Value!["/api/v10".Length..];
        var request = new RecordedRequest(
            context.Request.Method, path,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.Headers.UserAgent.ToString(),
            context.Request.ContentType,
            body,
            DateTimeOffset.UtcNow,
            parts);
        _requests.Enqueue(request);
        Changed();

        context.Response.Headers["X-RateLimit-Limit"] = "5";
        context.Response.Headers["X-RateLimit-Remaining"] = "4";
        context.Response.Headers["X-RateLimit-Reset-After"] = "1.0";
        context.Response.Headers["X-RateLimit-Bucket"] = "fake-" + Math.Abs(StringComparer.Ordinal.GetHashCode(request.Method + TemplateOf(path)) % 1000);

        var intercepted = Intercept?.Invoke(request);
        var processed = intercepted is { ProcessFirst: true } ? Default(request) : null;
        var response = intercepted ?? Default(request);
        var accepted = (processed ?? response).Status is >= 200 and < 300;
        _answers.Enqueue(new AnsweredRequest(request, response.Status, ErrorCode(response.Json), accepted));
        Changed();
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Json);
        }
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        var bot = request.Authorization == "Bot " + Token;
        if (EnforceDeadlines && PastDeadline(segments, request.At) is { } refused)
        {
            return refused;
        }

        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                if (!bot || GatewayBotStatus == 401)
                {
                    return FakeResponse.Error(401, 0, "401: Unauthorized");
                }

                return new FakeResponse(200, JsonSerializer.Serialize(new
                {
                    url = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
                    shards = 1,
                    session_start_limit = new { total = 1000, remaining = 999, reset_after = 14_400_000, max_concurrency = 1 },
                }));

            case ("GET", ["applications", "@me"]):
                return bot ? new FakeResponse(200, $$"""{"id":"{{ApplicationId}}","name":"{{BotName}}"}""") : FakeResponse.Error(401, 0, "401: Unauthorized");

            case ("PUT", ["applications", ApplicationId, "commands"]):
            case ("PUT", ["applications", ApplicationId, "guilds", _, "commands"]):
                return bot ? new FakeResponse(200, StoreCommands(segments.Length == 5 ? segments[3] : "global", request.Body)) : FakeResponse.Error(401, 0, "401: Unauthorized");

            case ("GET", ["applications", ApplicationId, "commands"]):
            case ("GET", ["applications", ApplicationId, "guilds", _, "commands"]):
                return new FakeResponse(200, (_commands.TryGetValue(segments.Length == 5 ? segments[3] : "global", out var list) ? list : new JsonArray()).ToJsonString());

            case ("POST", ["interactions", var id, _, "callback"]):
                return _acknowledged.TryAdd(id, true)
                    ? new FakeResponse(204)
                    : FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.");

            case ("PATCH", ["webhooks", ApplicationId, _, "messages", "@original"]):
            case ("POST", ["webhooks", ApplicationId, _]):
                return new FakeResponse(200, $$"""{"id":"{{NextId()}}","channel_id":"1","content":"","type":20}""");

            case ("DELETE", ["webhooks", ApplicationId, _, "messages", "@original"]):
                return new FakeResponse(204);

            case ("POST", ["channels", var channel, "messages"]):
                return bot
                    ? new FakeResponse(200, $$"""{"id":"{{NextId()}}","channel_id":"{{channel}}","content":"","type":0}""")
                    : FakeResponse.Error(401, 0, "401: Unauthorized");

            default:
                return FakeResponse.Error(404, 0, "404: Not Found");
        }
    }

    /// <summary>Discord's refusal of an answer that comes too late for the interaction it belongs to, or null.</summary>
    private FakeResponse? PastDeadline(string[] segments, DateTimeOffset at) => segments switch
    {
        ["interactions", var id, _, "callback"] when _created.TryGetValue(id, out var created) && at - created > CallbackDeadline =>
            FakeResponse.Error(404, 10062, "Unknown interaction"),
        ["webhooks", _, var token, ..] when token.StartsWith(FakeInteractions.TokenFor(""), StringComparison.Ordinal) &&
            _created.TryGetValue(token[FakeInteractions.TokenFor("").Length..], out var created) && at - created > TokenLifetime =>
            FakeResponse.Error(404, 10015, "Unknown Webhook"),
        _ => null,
    };

    private string StoreCommands(string scope, string body)
    {
        var stored = new JsonArray();
        foreach (var command in JsonNode.Parse(body)!.AsArray())
        {
            var copy = command!.DeepClone().AsObject();
            copy["id"] = NextId();
            copy["application_id"] = ApplicationId;
            copy["version"] = NextId();
            if (scope != "global")
            {
                copy["guild_id"] = scope;
            }

            stored.Add(copy);
        }

        _commands[scope] = stored;
        return stored.ToJsonString();
    }

    private static int? ErrorCode(string? json)
    {
        try
        {
            return json is not null && JsonNode.Parse(json) is JsonObject o && o["code"] is JsonValue code && code.TryGetValue<int>(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string TemplateOf(string path) =>
        string.Join('/', path.Split('/').Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? "{id}" : s));

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
