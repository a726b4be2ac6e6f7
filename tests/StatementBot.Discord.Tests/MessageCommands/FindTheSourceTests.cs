using System.Net;
using System.Text.Json;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Verify;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.MessageCommands;

/// <summary>
/// "Find the source" used on a message, over the HTTP interactions endpoint with the real router: the documented
/// type-3 interaction's resolved message is read, and the answer is /verify's for that text, in Discord's markdown
/// (~~said~~ **claimed**).
/// </summary>
public sealed class FindTheSourceTests(VerifyIndexFixture corpus) : IClassFixture<VerifyIndexFixture>
{
    [SharedFact]
    public void DocumentedExample_MapsToTheTargetMessagesText()
    {
        var interaction = InteractionParser.Parse(JsonSerializer.SerializeToUtf8Bytes(MessageInteractions.Documented()))!;

        var request = InteractionRequestMapper.ToRequest(interaction)!;

        Assert.Equal("context-menu-message-2", request.Command);
        Assert.Equal("some message", request.Get(CommandDefinition.MessageTextOption));
    }

    [SharedFact]
    public async Task FindTheSource_OnAMisquote_AnswersCloseWithTheDiffMarked()
    {
        var (status, body) = await PostAsync(MessageInteractions.On(FakeInteractions.NewId(), FindSourceCommand.Entry.Name, $"I read that they said “{corpus.Claim}”"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(DiscordRules.CheckCallback(body));
        DiscordSpec.AssertValid("callback", body);
        using var json = JsonDocument.Parse(body);
        var embeds = json.RootElement.GetProperty("data").GetProperty("embeds");
        Assert.StartsWith($"Close, not word for word: {corpus.Said.Speaker} said something very like it", embeds[0].GetProperty("description").GetString());
        var hit = embeds[1];
        Assert.StartsWith(corpus.Said.Speaker, hit.GetProperty("author").GetProperty("name").GetString());
        // After the question (for answers, "**Q:** …" on its own line): three words struck, two put in their places.
        var excerpt = hit.GetProperty("description").GetString()!.Split('\n')[^1];
        Assert.True(3 == excerpt.Split("~~").Length / 2, excerpt);
        Assert.True(2 == excerpt.Split("**").Length / 2, excerpt);
    }

    [SharedFact]
    public async Task FindTheSource_AnswersWhatVerifyAnswers()
    {
        var (_, fromMenu) = await PostAsync(MessageInteractions.On(FakeInteractions.NewId(), FindSourceCommand.Entry.Name, corpus.Claim));
        var (_, typed) = await PostAsync(FakeInteractions.Command(FakeInteractions.NewId(), "verify", ("text", corpus.Claim)));

        Assert.Equal(Embeds(typed), Embeds(fromMenu));
    }

    [SharedFact]
    public async Task FindTheSource_OnAMessageWithoutText_AnswersPrivately()
    {
        var (status, body) = await PostAsync(MessageInteractions.On(FakeInteractions.NewId(), FindSourceCommand.Entry.Name, ""));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var data = json.RootElement.GetProperty("data");
        Assert.StartsWith("That message has no text to look up", data.GetProperty("content").GetString());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string interaction)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var signer = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, signer.PublicKeyHex, corpus.Router, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "2500" });
        using var response = await bot.PostSignedAsync(interaction, signer);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Embeds(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("data").GetProperty("embeds").GetRawText();
    }
}
