using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using Xunit.Abstractions;

namespace StatementBot.Tests.Exits;

/// <summary>
/// How <c>serve</c> ends, seen from a service manager: the real process against a fake Discord on loopback, stopped
/// by SIGTERM or SIGINT (exit 0 within 5 s, answers under way still delivered) or refused by Discord (exit 1, one line).
/// </summary>
[Collection(ExitTimingCollection.Name)]
public sealed class ServeExitTests(BuiltIndexFixture index, ITestOutputHelper output) : IClassFixture<BuiltIndexFixture>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(BotProcess.SigTerm, "serve")]
    [InlineData(BotProcess.SigInt, "serve")]
    [InlineData(BotProcess.SigTerm, null)] // no verb: a set DISCORD_TOKEN means serve
    public async Task Gateway_Signal_FinishesTheAnswerUnderWayAndExitsZeroWithinFiveSeconds(int signal, string? verb)
    {
        await using var fake = await FakeDiscord.StartAsync();
        // Heartbeats are not under test here: a slow machine must not turn a stop into a reconnect.
        fake.HeartbeatIntervalMs = 30_000;
        var id = FakeInteractions.NewId();
        // Discord takes two seconds to accept the answer, so the signal arrives while it is on its way.
        fake.Intercept = request =>
        {
            if (request.IsCallbackFor(id))
            {
                Thread.Sleep(2000);
            }

            return null;
        };
        using var bot = BotProcess.Start(GatewayEnvironment(fake, FakeDiscord.Token), index.Args(verb is null ? [] : [verb]));
        await fake.WaitForConnectionsAsync(c => c.Any(x => x.Identify is not null), StartTimeout);

        await fake.PushAsync(FakeInteractions.Command(id, "help"));
        await fake.WaitForCallbackAsync(id, StartTimeout);
        var stopping = Stopwatch.StartNew();
        bot.Signal(signal);
        var code = await bot.WaitForExitAsync(StopLimit);
        output.WriteLine($"signal {signal}: exit {code?.ToString() ?? "none"} after {stopping.ElapsedMilliseconds} ms");

        Assert.True(code is not null, $"still running {StopLimit.TotalSeconds} s after signal {signal}. Output: {bot.Stdout} Errors: {bot.Stderr}");
        Assert.Equal(0, code);
        Assert.True(stopping.Elapsed < StopLimit);
        Assert.Contains($"Answered /help {id}", bot.Stdout);
        // The fake records the close frame on its own thread; give it a moment after the process is gone.
        await fake.WaitForConnectionsAsync(c => c[^1].ClientCloseCode is not null, TimeSpan.FromSeconds(2)).ContinueWith(_ => { });
        Assert.Equal(1000, fake.Connections[^1].ClientCloseCode);
        AssertNoCrash(bot);
    }

    [Theory]
    [InlineData(BotProcess.SigTerm)]
    [InlineData(BotProcess.SigInt)]
    public async Task Http_Signal_AnswersTheRequestUnderWayAndExitsZeroWithinFiveSeconds(int signal)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        using var bot = BotProcess.Start(
            new Dictionary<string, string> { ["DISCORD_PUBLIC_KEY"] = signer.PublicKeyHex, ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl },
            index.Args("serve", "--http", "--urls", url));
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = StartTimeout };
        await WaitUntilListeningAsync(http, bot);

        // The request is under way when the signal arrives: headers and half the body sent, the rest after it.
        var body = Encoding.UTF8.GetBytes(FakeInteractions.Command(FakeInteractions.NewId(), "help"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var content = new SplitContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = content };
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        var sending = http.SendAsync(request);
        await content.FirstHalfSent.WaitAsync(StartTimeout);

        var stopping = Stopwatch.StartNew();
        bot.Signal(signal);
        await Task.Delay(300);
        content.SendRest();
        using var response = await sending;
        var code = await bot.WaitForExitAsync(StopLimit);
        output.WriteLine($"signal {signal}: exit {code?.ToString() ?? "none"} after {stopping.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        Assert.True(code is not null, $"still running {StopLimit.TotalSeconds} s after signal {signal}. Output: {bot.Stdout} Errors: {bot.Stderr}");
        Assert.Equal(0, code);
        Assert.True(stopping.Elapsed < StopLimit);
        AssertNoCrash(bot);
    }

    [Fact]
    public async Task Gateway_HealthUrls_ReportTheGatewayConnectedAndStillStopCleanly()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.HeartbeatIntervalMs = 30_000;
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        using var bot = BotProcess.Start(GatewayEnvironment(fake, FakeDiscord.Token), index.Args("serve", "--health-urls", url));
        await fake.WaitForConnectionsAsync(c => c.Any(x => x.Identify is not null), StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = StartTimeout };

        var report = "";
        for (var attempt = 0; attempt < 100 && !report.Contains("\"connected\"", StringComparison.Ordinal); attempt++)
        {
            try
            {
                report = await http.GetStringAsync("/healthz");
            }
            catch (HttpRequestException)
            {
                // Not listening yet, or 503 while the gateway connects.
            }
            await Task.Delay(100);
        }
        var metrics = await http.GetStringAsync("/metrics");
        bot.Signal(BotProcess.SigTerm);
        var code = await bot.WaitForExitAsync(StopLimit);

        Assert.Contains("\"status\":\"ok\"", report, StringComparison.Ordinal);
        Assert.Contains("\"gateway\":\"connected\"", report, StringComparison.Ordinal);
        Assert.Contains("# TYPE", metrics, StringComparison.Ordinal);
        Assert.Equal(0, code);
        AssertNoCrash(bot);
    }

    [Fact]
    public async Task Gateway_TokenRejectedWithClose4004_ExitsOneWithOneLine()
    {
        await using var fake = await FakeDiscord.StartAsync();
        // REST lets the token through, so the refusal comes from the gateway's Identify.
        fake.Intercept = request => request is { Method: "GET", Path: "/gateway/bot" }
            ? new FakeResponse(200, JsonSerializer.Serialize(new
            {
                url = fake.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
                shards = 1,
                session_start_limit = new { total = 1000, remaining = 999, reset_after = 14_400_000, max_concurrency = 1 },
            }))
            : null;
        using var bot = BotProcess.Start(GatewayEnvironment(fake, "revoked.bot-token.for-tests-only"), index.Args("serve"));

        var code = await bot.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, code);
        Assert.Equal(["Error: Discord rejected the bot token (gateway close 4004, authentication failed): check DISCORD_TOKEN."], ErrorLines(bot));
        AssertNoCrash(bot);
    }

    [Fact]
    public async Task Gateway_TokenRejectedWith401_ExitsOneWithOneLine()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.GatewayBotStatus = 401;
        using var bot = BotProcess.Start(GatewayEnvironment(fake, FakeDiscord.Token), index.Args("serve"));

        var code = await bot.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, code);
        Assert.Equal(["Error: Discord rejected the bot token (401 Unauthorized on GET /gateway/bot): check DISCORD_TOKEN."], ErrorLines(bot));
        AssertNoCrash(bot);
    }

    [Fact]
    public async Task Http_PublicKeyNotAKey_ExitsOneWithOneLine()
    {
        using var bot = BotProcess.Start(new Dictionary<string, string> { ["DISCORD_PUBLIC_KEY"] = "not-a-key" }, index.Args("serve", "--http"));

        var code = await bot.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, code);
        var line = Assert.Single(ErrorLines(bot));
        Assert.Contains("DISCORD_PUBLIC_KEY", line);
        AssertNoCrash(bot);
    }

    [Fact]
    public async Task Http_AddressAlreadyInUse_ExitsOneWithOneLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var signer = Signer.Create();
        using var bot = BotProcess.Start(new Dictionary<string, string> { ["DISCORD_PUBLIC_KEY"] = signer.PublicKeyHex }, index.Args("serve", "--http", "--urls", url));

        var code = await bot.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, code);
        var line = Assert.Single(ErrorLines(bot));
        Assert.StartsWith($"Error: Cannot listen on {url}:", line);
        AssertNoCrash(bot);
    }

    private static Dictionary<string, string> GatewayEnvironment(FakeDiscord fake, string token) => new()
    {
        ["DISCORD_TOKEN"] = token,
        ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
    };

    private static string[] ErrorLines(BotProcess bot) =>
        bot.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What a user must never see: the catch-all's line, or a stack trace on either stream.</summary>
    private static void AssertNoCrash(BotProcess bot)
    {
        var everything = bot.Stdout + bot.Stderr;
        Assert.DoesNotContain("failed unexpectedly", everything);
        Assert.DoesNotContain("Exception:", everything);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", everything);
    }


    private static async Task WaitUntilListeningAsync(HttpClient http, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                using var unsigned = await http.PostAsync("/interactions", new StringContent("{}"));
                Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (HttpRequestException e)
            {
                throw new TimeoutException($"The endpoint never answered ({e.Message}). Output: {bot.Stdout} Errors: {bot.Stderr}");
            }
        }
    }

    /// <summary>A body sent in two parts, the second only when the test says so.</summary>
    private sealed class SplitContent(byte[] body) : HttpContent
    {
        private readonly TaskCompletionSource _firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstHalfSent => _firstHalfSent.Task;

        public void SendRest() => _rest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
            await stream.FlushAsync();
            _firstHalfSent.TrySetResult();
            await _rest.Task;
            await stream.WriteAsync(body.AsMemory(body.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
