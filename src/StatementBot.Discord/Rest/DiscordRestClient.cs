using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Messages;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Rest;

/// <summary>
/// The REST calls the bot makes (Discord.Net's <c>DiscordRestClient</c>): <c>Authorization: Bot</c>, the required
/// <c>User-Agent</c>, rate-limit buckets and 429 waits through <see cref="RestRateLimiter"/>, and retries with
/// back-off on 5xx and network failures. Failures Discord reports surface as <see cref="DiscordHttpException"/>.
/// </summary>
public sealed class DiscordRestClient
{
    private static readonly string Version =
        typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly DiscordTimings _timings;
    private readonly RestRateLimiter _limiter;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly string _baseUrl;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, IOptions<DiscordTimings> timings, RestRateLimiter limiter, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _options = options.Value;
        _timings = timings.Value;
        _limiter = limiter;
        _logger = logger;
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/');
    }

    /// <summary>The <c>User-Agent</c> Discord requires: <c>DiscordBot (url, version)</c>.</summary>
    public string UserAgent => $"DiscordBot ({_options.UserAgentUrl}, {Version})";

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(RestRoute.GatewayBot(), null, cancellationToken);

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync<DiscordApplication>(RestRoute.CurrentApplication(), null, cancellationToken);

    /// <summary>Replaces every command of the application (globally, or in one guild) with <paramref name="commands"/>.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.Commands(HttpMethod.Put, applicationId, guildId), commands, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.Commands(HttpMethod.Get, applicationId, guildId), null, cancellationToken);

    /// <summary>The initial answer to an interaction (<c>POST /interactions/{id}/{token}/callback</c>).</summary>
    /// <remarks>A message with files goes as multipart/form-data (<see cref="MultipartBody"/>), as do the edits and follow-ups below.</remarks>
    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(RestRoute.InteractionCallback(interactionId, token), response, cancellationToken, response.Data?.Files);

    /// <summary>Edits the interaction's original response (<c>PATCH /webhooks/{app}/{token}/messages/@original</c>).</summary>
    public Task ModifyOriginalResponseAsync(string applicationId, string token, InteractionCallbackData message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(RestRoute.OriginalResponse(HttpMethod.Patch, applicationId, token), message, cancellationToken, message.Files);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(RestRoute.OriginalResponse(HttpMethod.Delete, applicationId, token), null, cancellationToken);

    /// <summary>Sends a follow-up message for an interaction (<c>POST /webhooks/{app}/{token}</c>).</summary>
    public Task CreateFollowupAsync(string applicationId, string token, InteractionCallbackData message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(RestRoute.Followup(applicationId, token), message, cancellationToken, message.Files);

    /// <summary>Posts a message in a channel as the bot (<c>POST /channels/{id}/messages</c>); alerts go this way.</summary>
    public Task CreateMessageAsync(string channelId, InteractionCallbackData message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(RestRoute.ChannelMessages(channelId), message, cancellationToken, message.Files);

    private async Task<T> SendAsync<T>(RestRoute route, object? body, CancellationToken cancellationToken, IReadOnlyList<MessageFile>? files = null)
    {
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options);
        var attempts = Math.Max(1, _timings.RestMaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            using (await _limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    timeout.CancelAfter(_timings.RestRequestTimeout);
                    response = await _http.SendAsync(BuildRequest(route, payload, files), HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested && attempt < attempts)
                {
                    var delay = Backoff(attempt);
                    _logger.LogWarning("{Route} failed ({Error}); retry {Attempt} of {Attempts} in {DelayMs} ms",
                        route.Name, ex.GetType().Name, attempt, attempts - 1, (int)delay.TotalMilliseconds);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                _limiter.Update(route, response.Headers);
            }

            using (response)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    _logger.LogDebug("{Route} -> {Status} in {ElapsedMs} ms", route.Name, status, (int)elapsed.TotalMilliseconds);
                    return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
                }

                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Telemetry.BotMetrics.RateLimited(error.Global);
                    var wait = _limiter.OnRateLimited(route, response.Headers, error.RetryAfter, error.Global);
                    _logger.LogWarning("{Route} rate limited ({Scope}); waiting {WaitMs} ms before retry {Attempt} of {Attempts}",
                        route.Name, error.Global ? "global" : "route", (int)wait.TotalMilliseconds, attempt, attempts - 1);
                    if (attempt < attempts && wait <= _timings.RestMaxRateLimitWait)
                    {
                        continue; // the limiter holds the next attempt until the bucket resets
                    }
                }
                else if (status >= 500 && attempt < attempts)
                {
                    var delay = Backoff(attempt);
                    _logger.LogWarning("{Route} -> {Status}; retry {Attempt} of {Attempts} in {DelayMs} ms",
                        route.Name, status, attempt, attempts - 1, (int)delay.TotalMilliseconds);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new DiscordHttpException(response.StatusCode, error.Code, error.Message, route.Name);
            }
        }
    }

    private HttpRequestMessage BuildRequest(RestRoute route, byte[]? payload, IReadOnlyList<MessageFile>? files)
    {
        var request = new HttpRequestMessage(route.Method, _baseUrl + route.Path);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.RequiresAuth)
        {
            if (string.IsNullOrWhiteSpace(_options.Token))
            {
                throw new InvalidOperationException($"DISCORD_TOKEN is not set; {route.Name} needs it.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
        }

        if (payload is not null && files is { Count: > 0 })
        {
            request.Content = MultipartBody.Create(payload, files);
        }
        else if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private TimeSpan Backoff(int attempt)
    {
        var baseMs = _timings.RestRetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(baseMs * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default!;
        }

        return JsonSerializer.Deserialize<T>(bytes, DiscordJson.Options)!;
    }

    private static async Task<RestError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new RestError(null, response.ReasonPhrase ?? "error", null, false);
            }

            int? code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : response.ReasonPhrase ?? "error";
            double? retryAfter = root.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var s) ? s : null;
            var global = root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            return new RestError(code, message, retryAfter, global);
        }
        catch (JsonException)
        {
            return new RestError(null, response.ReasonPhrase ?? "error", null, false);
        }
    }

    private sealed record RestError(int? Code, string Message, double? RetryAfter, bool Global);
}
