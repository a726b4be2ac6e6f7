using System.Text.Json;
using System.Text.Json.Nodes;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Alerts;

/// <summary>
/// /watch end to end against the fake Discord: a watch made through an interaction, a new build with a matching
/// briefing, alerts posted once — and not again after a restart, nor missed when the briefing came while the bot was down.
/// </summary>
public sealed class WatchAlertTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly AlertCorpus _corpus = new();

    [SharedFact]
    public async Task NewMatchingStatements_PostedOnceInTheChannel_AcrossRestarts()
    {
        _corpus.Build();
        await using var fake = await FakeDiscord.StartAsync();

        await using (var bot = await AlertBot.StartAsync(_corpus.IndexRoot, fake))
        {
            var first = await bot.NextScanAsync();
            Assert.True(first.Baseline, "the first run takes the index as it is");

            var add = FakeInteractions.NewId();
            await fake.PushAsync(WatchAdd(add, "vaccine", permissions: "16"));
            var answer = (await fake.WaitForCallbackAsync(add, Wait)).Json.GetProperty("data");
            Assert.False(answer.TryGetProperty("flags", out _), "the watch was refused: " + answer.GetRawText());
            Assert.Contains("vaccine", answer.GetProperty("embeds")[0].GetProperty("title").GetString());

            _corpus.AddBriefing("2021-01-21");
            _corpus.Build();
            Assert.True(bot.Index.Refresh());
            var scan = await bot.NextScanAsync();
            Assert.Equal((1, 0, 0), (scan.Posted, scan.Failed, scan.Refused));
        }

        var post = Assert.Single(AlertPosts(fake));
        Assert.Equal($"/channels/{FakeInteractions.ChannelId}/messages", post.Path);
        Assert.Equal(0, post.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embeds = post.Json.GetProperty("embeds").EnumerateArray().ToArray();
        Assert.InRange(embeds.Length, 2, 10);
        Assert.Contains("vaccine", embeds[0].GetProperty("title").GetString());
        Assert.All(embeds.Skip(1), e => Assert.Contains("**vaccin", e.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase));

        await using (var restarted = await AlertBot.StartAsync(_corpus.IndexRoot, fake))
        {
            var scan = await restarted.NextScanAsync();
            Assert.Equal((false, 0, 0), (scan.Baseline, scan.New, scan.Posted));
        }

        Assert.Single(AlertPosts(fake));

        // While the bot is down, another briefing arrives; the next start posts it once.
        _corpus.AddBriefing("2021-01-25");
        _corpus.Build();
        await using (var caughtUp = await AlertBot.StartAsync(_corpus.IndexRoot, fake))
        {
            var scan = await caughtUp.NextScanAsync();
            Assert.True(scan.New > 0);
            Assert.Equal(1, scan.Posted);
        }

        var posts = AlertPosts(fake);
        Assert.Equal(2, posts.Count);
        Assert.DoesNotContain(
            posts[1].Json.GetProperty("embeds").EnumerateArray().Skip(1).Select(Footer),
            id => posts[0].Json.GetProperty("embeds").EnumerateArray().Skip(1).Select(Footer).Contains(id));
    }

    [SharedFact]
    public async Task WatchAdd_WithoutManageChannels_RefusedPrivately()
    {
        _corpus.Build();
        await using var fake = await FakeDiscord.StartAsync();
        await using var bot = await AlertBot.StartAsync(_corpus.IndexRoot, fake);
        await bot.NextScanAsync();

        var add = FakeInteractions.NewId();
        await fake.PushAsync(WatchAdd(add, "vaccine", permissions: "0"));

        var answer = (await fake.WaitForCallbackAsync(add, Wait)).Json.GetProperty("data");
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        Assert.Contains("Manage Channels", answer.GetProperty("content").GetString());
    }

    private static List<Fakes.RecordedRequest> AlertPosts(FakeDiscord fake) =>
        fake.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal)).ToList();

    private static string Footer(JsonElement embed) => embed.GetProperty("footer").GetProperty("text").GetString()!;

    /// <summary>/watch add query:… as Discord sends it: the subcommand an option of type 1, the member's permissions as a string.</summary>
    private static string WatchAdd(string id, string query, string permissions)
    {
        var interaction = JsonNode.Parse(FakeInteractions.Command(id, "watch"))!;
        interaction["data"]!["options"] = new JsonArray(new JsonObject
        {
            ["name"] = "add",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "query", ["type"] = 3, ["value"] = query }),
        });
        interaction["member"]!["permissions"] = permissions;
        return interaction.ToJsonString();
    }

    public void Dispose() => _corpus.Dispose();
}
