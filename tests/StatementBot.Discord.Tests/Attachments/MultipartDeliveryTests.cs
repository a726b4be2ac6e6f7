using System.Net;
using System.Text.Json;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Attachments;

/// <summary>
/// A reply with files, end to end through the bot's hosts to the fake Discord: the interaction callback (type 4) and,
/// when the answer comes late or over the HTTP endpoint (whose inline answer is JSON only), a deferral and then a
/// multipart edit of <c>@original</c>. Every byte arrives as it left, and the JSON part is a valid message.
/// </summary>
public sealed class MultipartDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task GatewayCallback_CarriesTheFilesAsMultipart_BytesIntact()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "chart")));

        await using var bot = await GatewayBot.StartAsync(fake, router: ChartHandlers.Router());
        var callback = await fake.WaitForCallbackAsync(id, Wait);

        Assert.Empty(MultipartRules.Check(callback, json => json.GetProperty("data")));
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        AssertFilesIntact(callback);
        Assert.Empty(DiscordRules.CheckCallback(callback.Body));
        var header = callback.Json.GetProperty("data").GetProperty("embeds")[0];
        Assert.Equal("attachment://" + ChartHandlers.PngName, header.GetProperty("image").GetProperty("url").GetString());
    }

    [Fact]
    public async Task GatewayLateAnswer_DeferredThenOriginalEditedWithTheFiles()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var gate = new Gate();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "slowchart")));

        await using var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" }, ChartHandlers.Router(gate));
        var deferral = await fake.WaitForCallbackAsync(id, Wait);
        gate.Open();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait);

        Assert.Equal("""{"type":5}""", deferral.Body);
        Assert.False(deferral.IsMultipart);
        Assert.Empty(MultipartRules.Check(edit, json => json));
        AssertFilesIntact(edit);
        Assert.Empty(DiscordRules.CheckMessage(edit.Json));
    }

    [Fact]
    public async Task HttpEndpoint_AnswersInlineWithADeferral_ThenEditsOriginalWithTheFiles()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex, ChartHandlers.Router());

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(FakeInteractions.NewId(), "chart"), signer);
        var inline = await response.Content.ReadAsStringAsync();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":5}""", inline);
        Assert.Empty(MultipartRules.Check(edit, json => json));
        AssertFilesIntact(edit);
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [SharedFact]
    public async Task PayloadJson_OfTheCallbackAndTheEdit_IsValidForDiscordsSpec()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var gate = new Gate();
        var quick = FakeInteractions.NewId();
        var slow = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(quick, "chart")), new GatewayStep.Dispatch(FakeInteractions.Command(slow, "slowchart")));

        await using var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" }, ChartHandlers.Router(gate));
        var callback = await fake.WaitForCallbackAsync(quick, Wait);
        await fake.WaitForCallbackAsync(slow, Wait);
        gate.Open();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait);

        DiscordSpec.AssertValid("callback", callback.Body);
        DiscordSpec.AssertValid("IncomingWebhookUpdateRequestPartial", edit.Body);
    }

    /// <summary>The PNG and the binary file arrive byte for byte, each named in its part and listed with its alt text.</summary>
    private static void AssertFilesIntact(RecordedRequest request)
    {
        var files = request.Parts!.Where(p => p.Name.StartsWith("files[", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["files[0]", "files[1]"], files.Select(f => f.Name));
        Assert.Equal([ChartHandlers.PngName, ChartHandlers.BinaryName], files.Select(f => f.FileName));
        Assert.Equal(["image/png", "application/octet-stream"], files.Select(f => f.ContentType));
        Assert.Equal(ChartHandlers.Png, files[0].Content);
        Assert.Equal(ChartHandlers.Binary, files[1].Content);
        Assert.Contains("name=\"files[0]\"; filename=\"" + ChartHandlers.PngName + "\"", files[0].ContentDisposition, StringComparison.Ordinal);

        var message = request.Json.TryGetProperty("data", out var data) ? data : request.Json;
        var listed = message.GetProperty("attachments").EnumerateArray().ToArray();
        Assert.Equal(["0", "1"], listed.Select(a => a.GetProperty("id").GetString()));
        Assert.StartsWith("Line chart", listed[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Undefined, listed[1].TryGetProperty("description", out var none) ? none.ValueKind : JsonValueKind.Undefined);
    }
}
