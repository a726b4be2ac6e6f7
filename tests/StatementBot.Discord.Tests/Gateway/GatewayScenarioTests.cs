using System.Text.Json;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>The real host against the fake Discord gateway: an interaction goes in, the right callback comes out.</summary>
public sealed class GatewayScenarioTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Serve_QuoteInteraction_IdentifiesRegistersAndAnswersWithEmbeds()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "quote", ("query", "joint efforts"))));

        await using var bot = await GatewayBot.StartAsync(fake);
        var callback = await fake.WaitForCallbackAsync(id, Wait);
        var registration = await fake.WaitForRequestAsync(r => r.Method == "PUT", Wait);

        var connection = fake.Connections[0];
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(0, connection.Identify!.Value.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", connection.Identify.Value.GetProperty("shard").GetRawText());

        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/guilds/{FakeInteractions.GuildId}/commands", registration.Path);
        Assert.Equal(["quote", "speaker", "help", "slow", "boom"], registration.Json.EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        Assert.Equal($"/interactions/{id}/{FakeInteractions.TokenFor(id)}/callback", callback.Path);
        Assert.Null(callback.Authorization); // the interaction token authenticates the callback
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var wu = body.GetProperty("data").GetProperty("embeds")[1];
        Assert.Equal("Wu Qian, spokesperson of PRC Ministry of Defense", wu.GetProperty("author").GetProperty("name").GetString());
        Assert.Contains("make **joint efforts** with China", wu.GetProperty("description").GetString());
        Assert.Empty(DiscordRules.CheckCallback(callback.Body));
        Assert.DoesNotContain(FakeDiscord.Token, bot.Logs.AllText);
    }
}
