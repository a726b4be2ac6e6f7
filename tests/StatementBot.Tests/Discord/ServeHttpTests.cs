using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using StatementBot.Cli;
using StatementBot.Tests.Cli;

namespace StatementBot.Tests.Discord;

/// <summary>
/// <c>statementbot serve --http</c> as a user runs it: the real host on loopback with a test key, answering signed
/// requests from the index built over the seed corpus.
/// </summary>
public sealed class ServeHttpTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    [Fact]
    public async Task ServeHttp_SignedRequests_AreAnsweredFromTheIndex_AndForgeriesRejected()
    {
        using var key = Key.Create(Ed25519);
        using var forger = Key.Create(Ed25519);
        var port = LoopbackPort.Free();
        Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var terminal = new Terminal(TextReader.Null, new StringWriter(), new StringWriter(), ansi: false, interactive: false);
        var serving = StatementBotCli.RunAsync(seeds.Args("serve", "--http", "--urls", $"http://127.0.0.1:{port}"), terminal, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitUntilListening(http, serving);

            var ping = await Post(http, key, """{"type":1,"id":"1","application_id":"2","token":"t"}""");
            Assert.Equal(HttpStatusCode.OK, ping.Status);
            Assert.Equal("""{"type":1}""", ping.Body);

            var quote = await Post(http, key, """
                {"type":2,"id":"1","application_id":"2","token":"t","version":1,
                 "data":{"id":"3","name":"quote","type":1,"options":[{"name":"query","type":3,"value":"mission impossible"}]}}
                """);
            Assert.Equal(HttpStatusCode.OK, quote.Status);
            using var answer = JsonDocument.Parse(quote.Body);
            Assert.Equal(4, answer.RootElement.GetProperty("type").GetInt32());
            var data = answer.RootElement.GetProperty("data");
            Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            var embeds = data.GetProperty("embeds").EnumerateArray().Select(e => e.GetRawText()).ToArray();
            Assert.Contains(embeds, e => e.Contains("Wu Qian") && e.Contains("**Mission Impossible**"));

            var forged = await Post(http, forger, """{"type":1,"id":"1","application_id":"2","token":"t"}""");
            Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
            Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", null);
        }
    }

    [Fact]
    public async Task ServeHttp_HealthAndMetrics_SayTheIndexIsOpenAndCountEachCommandWithoutItsOptions()
    {
        using var key = Key.Create(Ed25519);
        var port = LoopbackPort.Free();
        Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var terminal = new Terminal(TextReader.Null, new StringWriter(), new StringWriter(), ansi: false, interactive: false);
        var serving = StatementBotCli.RunAsync(seeds.Args("serve", "--http", "--urls", $"http://127.0.0.1:{port}"), terminal, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitUntilListening(http, serving);
            var quote = await Post(http, key, """
                {"type":2,"id":"1","application_id":"2","token":"t","version":1,
                 "data":{"id":"3","name":"quote","type":1,"options":[{"name":"query","type":3,"value":"mission impossible"}]}}
                """);
            Assert.Equal(HttpStatusCode.OK, quote.Status);

            using var health = await http.GetAsync("/healthz");
            var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(("ok", "open", "not used"), (report.GetProperty("status").GetString(), report.GetProperty("index").GetString(), report.GetProperty("gateway").GetString()));

            // The exporter reads the meter on scrape; the answer was counted when it was sent.
            var metrics = "";
            for (var attempt = 0; attempt < 20 && !metrics.Contains("command=\"quote\"", StringComparison.Ordinal); attempt++)
            {
                metrics = await http.GetStringAsync("/metrics");
                await Task.Delay(100);
            }
            Assert.Contains("statementbot_interactions", metrics, StringComparison.Ordinal);
            Assert.Contains("command=\"quote\"", metrics, StringComparison.Ordinal);
            Assert.Contains("statementbot_interaction_duration", metrics, StringComparison.Ordinal);
            Assert.DoesNotContain("mission", metrics, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
            Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", null);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> Post(HttpClient http, Key key, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task WaitUntilListening(HttpClient http, Task<int> serving)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (serving.IsCompleted)
            {
                Assert.Fail($"serve --http stopped early with exit code {await serving}");
            }

            try
            {
                using var probe = await http.GetAsync("/interactions");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("serve --http did not start listening within 20 s");
    }
}
