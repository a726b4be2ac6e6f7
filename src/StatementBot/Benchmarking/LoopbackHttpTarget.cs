using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;
using StatementBot.Benchmarks.Http;
using StatementBot.Cli;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Indexing;

namespace StatementBot.Benchmarking;

/// <summary>
/// The bot's real HTTP interactions endpoint (the same app as <c>serve --http</c>) on a free loopback port with a key
/// made for the run: each request is signed as Discord signs it, verified, searched, rendered and answered.
/// REST calls (edits after a deferral) are pointed at a closed loopback port, so nothing leaves the machine.
/// </summary>
public sealed class LoopbackHttpTarget : IHttpInteractionsTarget
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>Replies are a few kilobytes; the default copy buffer (80 KB) would outgrow the shared pool at 32 in flight.</summary>
    private const int DrainBuffer = 8 * 1024;

    private readonly Key _key;
    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly CommandCatalog _catalog = CommandSet.Catalog;

    private LoopbackHttpTarget(Key key, WebApplication app, HttpClient http, string description)
    {
        _key = key;
        _app = app;
        _http = http;
        Description = description;
    }

    public string Description { get; }

    public static async Task<LoopbackHttpTarget> StartAsync(IndexGate index, CancellationToken cancellationToken)
    {
        var key = Key.Create(Ed25519);
        var port = FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["DISCORD_API_BASE_URL"] = "http://127.0.0.1:9/api/v10",
        };
        var app = DiscordVerbs.HttpInteractionsApp(index, $"http://127.0.0.1:{port}", settings, LogLevel.Warning);
        await app.StartAsync(cancellationToken);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = HttpInteractionsBench.Concurrency * 2 };
        var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        return new LoopbackHttpTarget(key, app, http, $"Kestrel on 127.0.0.1:{port}, Ed25519-signed requests, in the benchmark's process");
    }

    public async Task SendAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var body = Interaction(request);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
        using var message = new HttpRequestMessage(HttpMethod.Post, "/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        message.Headers.Add("X-Signature-Timestamp", timestamp);
        // The whole response is read (the timing ends with its last byte), but into nothing: the client's own garbage
        // would be the benchmark's cost, not the bot's.
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"/{request.Command} answered {(int)response.StatusCode}: {answer}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await stream.CopyToAsync(Stream.Null, DrainBuffer, cancellationToken);
    }

    /// <summary>The APPLICATION_COMMAND interaction Discord would send for this request.</summary>
    private string Interaction(CommandRequest request)
    {
        var definition = _catalog.Find(request.Command);
        var options = request.Options.Select(o =>
        {
            var type = definition?.Option(o.Key)?.Type ?? OptionType.String;
            object value = type == OptionType.Integer && int.TryParse(o.Value, CultureInfo.InvariantCulture, out var n) ? n : o.Value;
            return new Dictionary<string, object>
            {
                ["name"] = o.Key,
                ["type"] = type == OptionType.Integer ? 4 : type == OptionType.Boolean ? 5 : 3,
                ["value"] = value,
            };
        }).ToArray();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = 2,
            ["id"] = "1100000000000000001",
            ["application_id"] = "1100000000000000002",
            ["token"] = "bench",
            ["version"] = 1,
            ["data"] = new Dictionary<string, object> { ["id"] = "1100000000000000003", ["name"] = request.Command, ["type"] = 1, ["options"] = options },
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
