using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using StatementBot.Cli;
using StatementBot.Corpus.Loading;
using StatementBot.Discord.Rendering;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Tests.Discord;

/// <summary>
/// <c>statementbot serve --http</c> over a corpus folder it watches: a news article dropped into the folder while the
/// bot runs is found by /quote, asked over the endpoint with signed requests, within seconds and without a restart.
/// </summary>
[Collection(CorpusWatchCollection.Name)]
public sealed class ServeWatchTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The target is 2 s; the machine is shared and busy, so the test allows four times that.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(8);

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-watch-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SharedFact]
    public async Task ServeHttp_FileDroppedIntoTheCorpusFolder_IsFoundByQuoteWithinSeconds()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var seed in Directory.EnumerateFiles(SharedData.DefaultCorpus))
        {
            File.Copy(seed, Path.Combine(corpus, Path.GetFileName(seed)));
        }

        var article = Path.Combine(SharedData.Corpora, "wikinews", "2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.txt");
        var extracted = new FileExtractor().Extract(article).Document!;
        var query = string.Join(' ', extracted.Statements[0].Text.Split(' ').Where(w => w.Length >= 3 && w.All(char.IsLetter)).Take(4));
        var title = DiscordMarkdown.Escape(extracted.Document.Info.Title)[..20];

        using var key = Key.Create(Ed25519);
        var port = LoopbackPort.Free();
        Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var terminal = new Terminal(TextReader.Null, new StringWriter(), new StringWriter(), ansi: false, interactive: false);
        var serving = StatementBotCli.RunAsync(
            ["serve", "--http", "--urls", $"http://127.0.0.1:{port}", "--corpus", corpus, "--index", Path.Combine(_folder, "index")], terminal, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitUntilListening(http, serving);
            Assert.False(await Finds(http, key, query, title), $"the seed corpus already answers “{query}” with the article");

            File.Copy(article, Path.Combine(corpus, Path.GetFileName(article)));
            var clock = Stopwatch.StartNew();
            var found = false;
            while (!found && clock.Elapsed < Allowed)
            {
                await Task.Delay(50);
                found = await Finds(http, key, query, title);
            }

            output.WriteLine($"dropped → found by /quote “{query}”: {clock.Elapsed.TotalSeconds:0.00} s (target 2 s)");
            Assert.True(found, $"/quote “{query}” did not find the dropped article within {Allowed.TotalSeconds:0} s");
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
            Environment.SetEnvironmentVariable("DISCORD_PUBLIC_KEY", null);
        }
    }

    /// <summary>Whether /quote answers <paramref name="query"/> with a hit from the document titled <paramref name="title"/>.</summary>
    private static async Task<bool> Finds(HttpClient http, Key key, string query, string title)
    {
        var body = $$$"""
            {"type":2,"id":"1","application_id":"2","token":"t","version":1,
             "data":{"id":"3","name":"quote","type":1,"options":[{"name":"query","type":3,"value":{{{JsonSerializer.Serialize(query)}}}}]}}
            """;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("data").TryGetProperty("embeds", out var embeds)
            && embeds.EnumerateArray().Any(e => e.TryGetProperty("title", out var t) && t.GetString()!.Contains(title, StringComparison.Ordinal));
    }

    private static async Task WaitUntilListening(HttpClient http, Task<int> serving)
    {
        for (var attempt = 0; attempt < 300; attempt++)
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

        Assert.Fail("serve --http did not start listening within 30 s");
    }
}
