using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Security;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// The real host for <c>serve --http</c> (WebApplication + AddDiscordHttpInteractions + MapDiscordInteractions) on
/// 127.0.0.1, with REST pointed at a <see cref="FakeDiscord"/>, and a client that posts signed requests to it.
/// </summary>
public sealed class HttpBot : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpBot(WebApplication app, CapturedLogs logs, string baseUrl)
    {
        _app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static WebApplication Build(IDictionary<string, string?> settings, CommandRouter router, CapturedLogs logs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(router);
        builder.Services.AddDiscordHttpInteractions(builder.Configuration);
        builder.Services.Configure<DiscordTimings>(TestTimings.Apply);
        var app = builder.Build();
        app.MapDiscordInteractions();
        return app;
    }

    public static async Task<HttpBot> StartAsync(FakeDiscord fake, string publicKeyHex, CommandRouter? router = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = publicKeyHex,
            ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new CapturedLogs();
        var app = Build(settings, router ?? FakeHandlers.Router(), logs);
        await app.StartAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return new HttpBot(app, logs, app.Urls.Single());
    }

    /// <summary>Posts <paramref name="body"/> with the given headers (null leaves a header out).</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, DiscordHttpInteractions.DefaultPattern) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(InteractionSignatureVerifier.SignatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation(InteractionSignatureVerifier.TimestampHeader, timestamp);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The current Unix time in seconds, as Discord writes <c>X-Signature-Timestamp</c>: inside the endpoint's freshness window.</summary>
    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> PostSignedAsync(string json, Signer signer, string? timestamp = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        timestamp ??= Now;
        return PostAsync(body, signer.Sign(timestamp, body), timestamp);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await _app.DisposeAsync();
    }
}
