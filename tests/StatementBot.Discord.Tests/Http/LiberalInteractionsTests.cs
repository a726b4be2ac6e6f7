using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Http;

/// <summary>
/// <c>serve --http</c> accepts what Discord documents: every interaction example in Discord's own pages, and the
/// shapes those pages allow (no <c>application_id</c>, a DM without guild or member, fields and types added later),
/// signed as Discord signs them, gets a 200 with a valid answer — never 400 or 500.
/// </summary>
public sealed class LiberalInteractionsTests
{
    private const int Ephemeral = 64;

    public static TheoryData<string> DocumentedLocations() => DocumentedInteractions.Locations();

    [SharedFact]
    public void DocumentedExamples_IncludeTheSlashCommandExampleWithoutApplicationId()
    {
        var examples = DocumentedInteractions.ByLocation;

        var slash = Assert.Single(examples, e => e.Value.Contains("\"cardsearch\"", StringComparison.Ordinal));
        Assert.StartsWith("developers/interactions/application-commands.mdx:", slash.Key);
        Assert.DoesNotContain("application_id", slash.Value, StringComparison.Ordinal);
        Assert.True(examples.Count >= 10, $"only {examples.Count} documented interactions were found: {string.Join(", ", examples.Keys)}");
    }

    [SharedTheory]
    [MemberData(nameof(DocumentedLocations))]
    public async Task DocumentedExample_Signed_Answered200WithValidBody(string location)
    {
        var json = DocumentedInteractions.ByLocation[location];
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);

        using var response = await bot.PostSignedAsync(json, signer);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location}: {(int)response.StatusCode} {body}");
        Assert.Empty(DiscordRules.CheckCallback(body));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Exception is not null);
    }

    [Fact]
    public async Task QuoteWithoutApplicationId_AnsweredInlineFromTheCorpus()
    {
        var json = Without(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")), "application_id");

        var (status, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(DiscordRules.CheckCallback(body));
        Assert.Contains("Tan Kefei", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowCommandWithoutApplicationId_EditsOriginalThroughTheConfiguredApplication()
    {
        const string configured = "445566778899001122";
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        using var gate = new Gate();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex, FakeHandlers.Router(slowGate: gate),
            new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150", ["DISCORD_APPLICATION_ID"] = configured });
        var id = FakeInteractions.NewId();

        using var response = await bot.PostSignedAsync(Without(FakeInteractions.Command(id, "slow"), "application_id"), signer);
        var inline = await response.Content.ReadAsStringAsync();
        gate.Open();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, TimeSpan.FromSeconds(5));

        Assert.Equal("""{"type":5}""", inline);
        Assert.Equal($"/webhooks/{configured}/{FakeInteractions.TokenFor(id)}/messages/@original", edit.Path);
    }

    [Fact]
    public async Task DirectMessageWithoutGuildOrMember_AnsweredFromTheCorpus()
    {
        var dm = JsonNode.Parse(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")))!.AsObject();
        dm.Remove("guild_id");
        dm.Remove("guild_locale");
        dm.Remove("member");
        dm["user"] = new JsonObject { ["id"] = FakeInteractions.UserId, ["username"] = "tester" };
        dm["context"] = 1;

        var (status, body) = await PostAsync(dm.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(DiscordRules.CheckCallback(body));
        Assert.Contains("Tan Kefei", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFieldsEverywhere_IgnoredAndAnswered()
    {
        var json = JsonNode.Parse(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")))!.AsObject();
        json["future_field"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
        json["data"]!["future_data_field"] = true;
        json["data"]!["options"]![0]!["future_option_field"] = 3.5;
        json["member"]!["user"]!["future_user_field"] = "x";

        var (status, body) = await PostAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tan Kefei", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOptionTypeWithoutUsableValue_ShortPrivateErrorInsteadOf400()
    {
        var json = JsonNode.Parse(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")))!.AsObject();
        json["data"]!["options"]![0]!["type"] = 42;
        json["data"]!["options"]![0]!["value"] = new JsonObject { ["kind"] = "from a later API version" };

        var (status, body) = await PostAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(DiscordRules.CheckCallback(body));
        using var answer = JsonDocument.Parse(body);
        var data = answer.RootElement.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.InRange(data.GetProperty("content").GetString()!.Length, 1, 300);
    }

    [Fact]
    public async Task UnknownOptionTypeWithTextValue_ValueStillUsed()
    {
        var json = JsonNode.Parse(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")))!.AsObject();
        json["data"]!["options"]![0]!["type"] = 42;

        var (status, body) = await PostAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tan Kefei", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInteractionType_ShortPrivateNoticeInsteadOf400()
    {
        var json = JsonNode.Parse(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "x")))!.AsObject();
        json["type"] = 6;

        var (status, body) = await PostAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal(InteractionDispatcher.UnsupportedMessage, answer.RootElement.GetProperty("data").GetProperty("content").GetString()?.Replace("\\", "", StringComparison.Ordinal));
        Assert.Equal(Ephemeral, answer.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task MinimalPing_OnlyTypeIdAndToken_AnsweredWithPong()
    {
        var (status, body) = await PostAsync("""{"type":1,"id":"1300000000000000001","token":"t"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"type":1}""", body);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(string json)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);
        using var response = await bot.PostSignedAsync(json, signer);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Without(string json, string field)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove(field);
        return node.ToJsonString();
    }
}
