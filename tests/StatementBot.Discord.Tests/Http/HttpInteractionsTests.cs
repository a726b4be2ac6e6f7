using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Http;

/// <summary><c>serve --http</c> on loopback: every request's Ed25519 signature checked; PING, commands and faults answered right.</summary>
public sealed class HttpInteractionsTests
{
    [Fact]
    public async Task SignedPing_AnsweredWithPong()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.FromSecret(Signer.Rfc8032Test1Secret);
        await using var bot = await HttpBot.StartAsync(fake, Signer.Rfc8032Test1Public);

        using var response = await bot.PostSignedAsync(FakeInteractions.Ping(FakeInteractions.NewId()), signer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedQuote_AnsweredInlineWithEmbedsFromTheCorpus()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "face reality")), signer);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(DiscordRules.CheckCallback(body));
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var hit = json.RootElement.GetProperty("data").GetProperty("embeds")[1];
        Assert.Equal("Tan Kefei, spokesperson for China's Ministry of National Defense", hit.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("We hope that the US will **face** the **reality**, treat and handle the relations between the two countries and the two militaries correctly",
            hit.GetProperty("description").GetString());
        Assert.Equal("China Military Online · 24 Sep 2020 · direct quote · id: seed-tan-quote", hit.GetProperty("footer").GetProperty("text").GetString());
        Assert.DoesNotContain(fake.Requests, r => r.Path.Contains("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgedSignature_Rejected401()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var application = Signer.Create();
        using var forger = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, application.PublicKeyHex);

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(FakeInteractions.NewId(), "help"), forger);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task AlteredBody_Rejected401()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);
        var signed = Encoding.UTF8.GetBytes(FakeInteractions.Ping(FakeInteractions.NewId()));
        var sent = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed) + " ");

        using var response = await bot.PostAsync(sent, signer.Sign(HttpBot.Now, signed), HttpBot.Now);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task MissingSignatureHeader_Rejected401(bool withSignature, bool withTimestamp)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes(FakeInteractions.Ping(FakeInteractions.NewId()));

        using var response = await bot.PostAsync(body, withSignature ? signer.Sign(HttpBot.Now, body) : null, withTimestamp ? HttpBot.Now : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":1")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\"}")]
    [InlineData("{\"type\":2,\"id\":\"1\",\"application_id\":\"2\"}")]
    [InlineData("{\"type\":\"two\",\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\"}")]
    [InlineData("{\"type\":2,\"application_id\":\"2\",\"token\":\"t\"}")]
    [InlineData("")]
    public async Task SignedButMalformed_Rejected400(string json)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);

        using var response = await bot.PostSignedAsync(json, signer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Rejected413WithoutReadingItAll()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"pad\":\"" + new string('x', 400_000) + "\"}");

        using var response = await bot.PostAsync(body, signer.Sign(HttpBot.Now, body), HttpBot.Now);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GetRequest_NotAllowed()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var bot = await HttpBot.StartAsync(fake, Signer.Rfc8032Test1Public);

        using var response = await bot.Client.GetAsync("/interactions");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task SlowCommand_DeferredInlineThenOriginalEditedWithoutBotToken()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        using var gate = new Gate();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex, FakeHandlers.Router(slowGate: gate),
            new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" });
        var id = FakeInteractions.NewId();

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(id, "slow"), signer);
        var inline = await response.Content.ReadAsStringAsync();
        gate.Open();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, TimeSpan.FromSeconds(5));

        Assert.Equal("""{"type":5}""", inline);
        Assert.Equal($"/webhooks/{FakeDiscord.ApplicationId}/{FakeInteractions.TokenFor(id)}/messages/@original", edit.Path);
        Assert.Null(edit.Authorization);
        Assert.StartsWith("DiscordBot (", edit.UserAgent);
        Assert.Equal("Done slowly", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task StatementWithMentionsAndMarkdown_EscapedAndPingsNobody()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex);

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "notice")), signer);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var data = json.RootElement.GetProperty("data");
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal(
            "**Q:** Will the fictional ministry publish its notice?\n" +
            "Attention @\u200Beveryone and @\u200Bhere: the \\*fictional\\* Ministry\\_of\\_Examples posts its **notice** at \\<@123456789012345678> " +
            "under # heading, \\~\\~not\\~\\~ \\`code\\`, > quote, \\[a link\\](https://example.invalid) and \\|\\|a spoiler\\|\\|.",
            data.GetProperty("embeds")[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task BadPublicKey_HostRefusesToStartWithOneClearLine()
    {
        var app = HttpBot.Build(new Dictionary<string, string?> { ["DISCORD_PUBLIC_KEY"] = "abc123" }, FakeHandlers.Router(), new CapturedLogs());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();

        Assert.Equal(
            "DISCORD_PUBLIC_KEY is not an Ed25519 public key: copy the 64 hex characters from the Developer Portal (General Information → Public Key).",
            error.Message);
    }

    [Fact]
    public async Task NoPublicKey_HostRefusesToStartNamingTheVariable()
    {
        var app = HttpBot.Build(new Dictionary<string, string?>(), FakeHandlers.Router(), new CapturedLogs());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();

        Assert.StartsWith("DISCORD_PUBLIC_KEY is not set: the HTTP interactions endpoint verifies every request", error.Message);
    }
}
