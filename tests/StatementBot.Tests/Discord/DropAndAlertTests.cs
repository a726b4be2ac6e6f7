using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementBot.Corpus.Loading;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;
using StatementBot.Tests.Exits;
using Xunit.Abstractions;

namespace StatementBot.Tests.Discord;

/// <summary>
/// The living corpus end to end, in a real <c>serve --http</c> process against the fake Discord: a channel watches a
/// query, a news article that matches is dropped into the corpus folder, and /quote finds it within seconds while the
/// channel gets exactly one alert post, with no mentions allowed.
/// </summary>
[Collection(CorpusWatchCollection.Name)]
public sealed class DropAndAlertTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The target is 2 s; the machine is shared and busy, so the test allows four times that.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(8);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-drop-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SharedFact]
    public async Task DroppedArticle_FoundByQuote_AndPostedOnceToTheWatchingChannel()
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

        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        using var bot = BotProcess.Start(
            new Dictionary<string, string>
            {
                ["DISCORD_PUBLIC_KEY"] = signer.PublicKeyHex,
                ["DISCORD_TOKEN"] = FakeDiscord.Token,
                ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
                ["DISCORD_APPLICATION_ID"] = FakeDiscord.ApplicationId,
            },
            "serve", "--http", "--urls", url, "--corpus", corpus, "--index", Path.Combine(_folder, "index"));
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilListening(http, bot);

        var watch = await PostAsync(http, signer, WatchAdd(FakeInteractions.NewId(), query));
        Assert.False(watch.GetProperty("data").TryGetProperty("flags", out _), "the watch was refused: " + watch.GetRawText());
        Assert.False(Finds(await PostAsync(http, signer, Quote(query))), $"the seed corpus already answers “{query}” with the article");

        File.Copy(article, Path.Combine(corpus, Path.GetFileName(article)));
        var clock = Stopwatch.StartNew();
        var found = false;
        while (!found && clock.Elapsed < Allowed)
        {
            await Task.Delay(50);
            found = Finds(await PostAsync(http, signer, Quote(query)));
        }
        var searchable = clock.Elapsed;
        while (AlertPosts(fake).Count == 0 && clock.Elapsed < Allowed)
        {
            await Task.Delay(50);
        }
        var alerted = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1)); // a second post, if any, would come in this time

        output.WriteLine($"dropped → found by /quote “{query}”: {searchable.TotalSeconds:0.00} s; → alert posted: {alerted.TotalSeconds:0.00} s (target 2 s)");
        Assert.True(found, $"/quote “{query}” did not find the dropped article within {Allowed.TotalSeconds:0} s. Errors: {bot.Stderr}");
        var post = Assert.Single(AlertPosts(fake));
        Assert.Equal($"/channels/{FakeInteractions.ChannelId}/messages", post.Path);
        Assert.Equal("[]", post.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.Contains(post.Json.GetProperty("embeds").EnumerateArray(), e => e.GetRawText().Contains("Pelosi", StringComparison.Ordinal));
    }

    private static List<RecordedRequest> AlertPosts(FakeDiscord fake) =>
        fake.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal)).ToList();

    private static string Quote(string query) =>
        FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", query));

    /// <summary>/watch add query:… as Discord sends it, by a member who may manage channels.</summary>
    private static string WatchAdd(string id, string query)
    {
        var interaction = JsonNode.Parse(FakeInteractions.Command(id, "watch"))!;
        interaction["data"]!["options"] = new JsonArray(new JsonObject
        {
            ["name"] = "add",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "query", ["type"] = 3, ["value"] = query }),
        });
        interaction["member"]!["permissions"] = "16";
        return interaction.ToJsonString();
    }

    private static bool Finds(JsonElement answer) =>
        answer.GetProperty("data").TryGetProperty("embeds", out var embeds)
        && embeds.EnumerateArray().Any(e => e.TryGetProperty("title", out var t) && t.GetString()!.Contains("Nancy Pelosi again", StringComparison.Ordinal));

    private static async Task<JsonElement> PostAsync(HttpClient http, Signer signer, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, bytes));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task WaitUntilListening(HttpClient http, BotProcess bot)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var probe = await http.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"serve --http did not start listening within 60 s. Output: {bot.Stdout} Errors: {bot.Stderr}");
    }
}
