using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Tests.Load;

/// <summary>
/// Sends interactions to an HTTP interactions endpoint on loopback as Discord does: each body signed with Ed25519 over
/// timestamp + body, posted, and read back whole. Reports what Discord would see: the status, the callback type, and
/// the time from sending to the end of the response.
/// </summary>
public sealed class SignedInteractionClient(int port, Signer signer, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<Answer> SendAsync(string body, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, bytes));
        request.Headers.Add("X-Signature-Timestamp", timestamp);

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            return response.StatusCode == HttpStatusCode.OK && CallbackType(text) is { } type
                ? new Answer(elapsed, type, null)
                : new Answer(elapsed, null, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 200)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(Stopwatch.GetElapsedTime(started), null, e.GetType().Name + ": " + e.Message);
        }
    }

    private static int? CallbackType(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("type", out var type) && type.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>One interaction's outcome: its callback type when answered, else what went wrong.</summary>
    public sealed record Answer(TimeSpan Elapsed, int? Type, string? Error);
}
