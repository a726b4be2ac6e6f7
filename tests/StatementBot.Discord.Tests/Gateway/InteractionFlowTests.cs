using System.Text.Json;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>
/// What a user sees for each kind of interaction, end to end through the gateway host, including the REST faults
/// Discord can answer with (429, 5xx, 10062, 40060) and the deferral of slow commands.
/// </summary>
public sealed class InteractionFlowTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Callback_RateLimited_RetriedAfterRetryAfterAndDeliveredOnce()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var limited = 0;
        fake.Intercept = r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal) && Interlocked.Increment(ref limited) == 1
            ? FakeResponse.RateLimited(0.3)
            : null;
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForRequestAsync(r => r.IsCallbackFor(id) && limited >= 2, Wait);
        await Task.Delay(100);

        var attempts = fake.CallbacksFor(id);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(280), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("rate limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_ServerErrors_RetriedWithBackoffUntilAccepted()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var failures = 0;
        fake.Intercept = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) && Interlocked.Increment(ref failures) <= 2
            ? new FakeResponse(502, """{"message":"Bad Gateway","code":0}""")
            : null;
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForRequestAsync(_ => fake.CallbacksFor(id).Count == 3, Wait);
        await Task.Delay(200);

        Assert.Equal(3, fake.CallbacksFor(id).Count);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("answered", StringComparison.OrdinalIgnoreCase) || l.Message.StartsWith("Answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_AlreadyAcknowledged40060_EditsOriginalInstead()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Intercept = r => r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.")
            : null;
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "quote", ("query", "mission impossible"))));

        await using var bot = await GatewayBot.StartAsync(fake);
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait);

        Assert.Equal($"/webhooks/{FakeDiscord.ApplicationId}/{FakeInteractions.TokenFor(id)}/messages/@original", edit.Path);
        Assert.Contains("**Mission Impossible**", edit.Json.GetProperty("embeds")[1].GetProperty("description").GetString());
        Assert.Single(fake.CallbacksFor(id));
    }

    [Fact]
    public async Task Callback_UnknownInteraction10062_GivesUpWithAWarning()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Intercept = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? FakeResponse.Error(404, 10062, "Unknown interaction") : null;
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "help")));

        await using var bot = await GatewayBot.StartAsync(fake);
        await fake.WaitForCallbackAsync(id, Wait);
        await Task.Delay(300);

        Assert.Single(fake.CallbacksFor(id));
        Assert.DoesNotContain(fake.Requests, r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("10062", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowCommand_DeferredWithinDeadlineThenOriginalEdited()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var gate = new Gate();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "slow")));

        await using var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" }, FakeHandlers.Router(slowGate: gate));
        var callback = await fake.WaitForCallbackAsync(id, Wait);
        gate.Open();
        var edit = await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait);

        Assert.Equal("""{"type":5}""", callback.Body);
        Assert.True(edit.At >= callback.At);
        Assert.Equal("Done slowly", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(DiscordRules.CheckMessage(edit.Json));
        Assert.False(edit.Json.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task SlowCommandError_DeferredMessageDeletedAndErrorSentPrivately()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var gate = new Gate();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "slow", ("fail", true))));

        await using var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "150" }, FakeHandlers.Router(slowGate: gate));
        await fake.WaitForCallbackAsync(id, Wait);
        gate.Open();
        var followup = await fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal), Wait);

        Assert.Contains(fake.Requests, r => r.Method == "DELETE" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.Equal("Slow and wrong.", followup.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task UserError_AnsweredPrivatelyWithoutPings()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "quote", ("query", "@everyone zebras"))));

        await using var bot = await GatewayBot.StartAsync(fake);
        var callback = await fake.WaitForCallbackAsync(id, Wait);

        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("No statement matches \"@\u200Beveryone zebras\".\nDid you mean: mission impossible?", data.GetProperty("content").GetString());
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
    }

    [Fact]
    public async Task HandlerThrows_UserGetsPrivateApologyWithoutTheExceptionText()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var id = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(id, "boom")));

        await using var bot = await GatewayBot.StartAsync(fake);
        var callback = await fake.WaitForCallbackAsync(id, Wait);

        var data = callback.Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.DoesNotContain("secret detail", callback.Body);
        Assert.Contains("Something went wrong", data.GetProperty("content").GetString());
        Assert.Contains(bot.Logs.Lines, l => l.Exception?.Contains("secret detail", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Autocomplete_SpeakerOption_AtMost25ChoicesFromTheRegistry()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var many = FakeInteractions.NewId();
        var one = FakeInteractions.NewId();
        var blank = FakeInteractions.NewId();
        fake.Script(
            new GatewayStep.Dispatch(FakeInteractions.Autocomplete(many, "quote", "speaker", "Fictional", ("query", "China"))),
            new GatewayStep.Dispatch(FakeInteractions.Autocomplete(one, "speaker", "name", "kefei")),
            new GatewayStep.Dispatch(FakeInteractions.Autocomplete(blank, "speaker", "name", "")));

        await using var bot = await GatewayBot.StartAsync(fake);
        var manyBody = (await fake.WaitForCallbackAsync(many, Wait)).Json;
        var oneBody = (await fake.WaitForCallbackAsync(one, Wait)).Json;
        var blankBody = (await fake.WaitForCallbackAsync(blank, Wait)).Json;

        Assert.Equal(8, manyBody.GetProperty("type").GetInt32());
        var choices = manyBody.GetProperty("data").GetProperty("choices");
        Assert.Equal(25, choices.GetArrayLength());
        Assert.Equal("Fictional Spokesperson 01", choices[0].GetProperty("value").GetString());
        Assert.Equal("""[{"name":"Tan Kefei","value":"Tan Kefei"}]""", oneBody.GetProperty("data").GetProperty("choices").GetRawText());
        Assert.Equal(0, blankBody.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task NextThenPrev_UpdateTheSameMessageWithTheOtherPage()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var first = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(first, "quote", ("query", "China"))));

        await using var bot = await GatewayBot.StartAsync(fake);
        var page1 = (await fake.WaitForCallbackAsync(first, Wait)).Json.GetProperty("data");
        Assert.Equal("Page 1 of 2", page1.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
        var buttons = page1.GetProperty("components")[0].GetProperty("components");
        Assert.True(buttons[0].GetProperty("disabled").GetBoolean()); // Prev on page 1
        var next = buttons[1].GetProperty("custom_id").GetString()!;

        var press = FakeInteractions.NewId();
        await fake.PushAsync(FakeInteractions.Button(press, next));
        var page2 = (await fake.WaitForCallbackAsync(press, Wait)).Json;

        Assert.Equal(7, page2.GetProperty("type").GetInt32());
        Assert.Equal("Page 2 of 2", page2.GetProperty("data").GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
        var authors = page2.GetProperty("data").GetProperty("embeds").EnumerateArray().Skip(1).Select(e => e.GetProperty("author").GetProperty("name").GetString());
        Assert.All(authors, a => Assert.StartsWith("Tan Kefei", a));
        Assert.Empty(DiscordRules.CheckCallback(page2.GetRawText()));
    }

    [Fact]
    public async Task MoreContext_AnswersPrivatelyWithTheWholeStatement()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var first = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(first, "speaker", ("name", "Wu Qian"))));

        await using var bot = await GatewayBot.StartAsync(fake);
        var reply = (await fake.WaitForCallbackAsync(first, Wait)).Json.GetProperty("data");
        var context = reply.GetProperty("components").EnumerateArray()
            .SelectMany(r => r.GetProperty("components").EnumerateArray())
            .Single(b => b.GetProperty("label").GetString() == "More context #1");

        var press = FakeInteractions.NewId();
        await fake.PushAsync(FakeInteractions.Button(press, context.GetProperty("custom_id").GetString()!));
        var answer = (await fake.WaitForCallbackAsync(press, Wait)).Json;

        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.Equal(64, answer.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("To contain China, Mission Impossible!", answer.GetProperty("data").GetProperty("embeds")[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task ExpiredButton_SaysSoPolitely()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var press = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Button(press, "pk:>:2:unknownkey12")));

        await using var bot = await GatewayBot.StartAsync(fake);
        var answer = (await fake.WaitForCallbackAsync(press, Wait)).Json;

        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.Equal(64, answer.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(InteractionDispatcher.ExpiredMessage, answer.GetProperty("data").GetProperty("content").GetString());
    }
}
