using StatementBot.Discord.Interactions;
using StatementBot.Discord.Serialization;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Commands;

/// <summary>
/// Every kind of JSON body the bot sends, captured on the fake Discord, checked against Discord's OpenAPI spec
/// (validate.py) and against the documented rules the spec cannot express.
/// </summary>
public sealed class SpecConformanceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(6);

    [SharedFact]
    public async Task EveryBodyTheBotSends_ValidAgainstTheSpecAndTheDocsRules()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var quote = FakeInteractions.NewId();
        var error = FakeInteractions.NewId();
        var complete = FakeInteractions.NewId();
        var slow = FakeInteractions.NewId();
        var slowError = FakeInteractions.NewId();
        var fictional = FakeInteractions.NewId();
        fake.Script(
            new GatewayStep.Dispatch(FakeInteractions.Command(quote, "quote", ("query", "China"))),
            new GatewayStep.Dispatch(FakeInteractions.Command(error, "quote", ("query", "zebras"))),
            new GatewayStep.Dispatch(FakeInteractions.Autocomplete(complete, "speaker", "name", "Fictional")),
            new GatewayStep.Dispatch(FakeInteractions.Command(fictional, "quote", ("query", "notice"))),
            new GatewayStep.Dispatch(FakeInteractions.Command(slow, "slow")),
            new GatewayStep.Dispatch(FakeInteractions.Command(slowError, "slow", ("fail", true))));

        using var gate = new Gate();
        await using var bot = await GatewayBot.StartAsync(fake, new Dictionary<string, string?> { ["DISCORD_DEFER_AFTER_MS"] = "2500" }, FakeHandlers.Router(slowGate: gate));
        await fake.WaitForCallbackAsync(slow, Wait);
        await fake.WaitForCallbackAsync(slowError, Wait);
        gate.Open();
        var registration = await fake.WaitForRequestAsync(r => r.Method == "PUT", Wait);
        var first = await fake.WaitForCallbackAsync(quote, Wait);
        var next = System.Text.Json.JsonDocument.Parse(first.Body).RootElement
            .GetProperty("data").GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString()!;
        var press = FakeInteractions.NewId();
        await fake.PushAsync(FakeInteractions.Button(press, next));

        var bodies = new List<(string What, string Schema, string Json)>
        {
            ("command registration", "bulk", registration.Body),
            ("/quote answer", "callback", first.Body),
            ("user error", "callback", (await fake.WaitForCallbackAsync(error, Wait)).Body),
            ("autocomplete", "callback", (await fake.WaitForCallbackAsync(complete, Wait)).Body),
            ("markdown and mentions", "callback", (await fake.WaitForCallbackAsync(fictional, Wait)).Body),
            ("deferral", "callback", (await fake.WaitForCallbackAsync(slow, Wait)).Body),
            ("Next page", "callback", (await fake.WaitForCallbackAsync(press, Wait)).Body),
            ("@original edit", "IncomingWebhookUpdateRequestPartial", (await fake.WaitForRequestAsync(r => r.IsOriginalEdit, Wait)).Body),
            ("private follow-up", "IncomingWebhookRequestPartial",
                (await fake.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal), Wait)).Body),
            ("pong", "callback", DiscordJson.Serialize(InteractionResponse.Pong)),
        };

        var problems = new List<string>();
        foreach (var (what, schema, json) in bodies)
        {
            var (exit, output) = DiscordSpec.Validate(schema, json);
            if (exit != 0)
            {
                problems.Add($"{what}: spec says {output}");
            }

            var rules = schema switch
            {
                "callback" => DiscordRules.CheckCallback(json),
                "bulk" => [],
                _ => DiscordRules.CheckMessage(System.Text.Json.JsonDocument.Parse(json).RootElement),
            };
            problems.AddRange(rules.Select(r => $"{what}: {r}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SharedFact]
    public void Validator_RejectsABodyDiscordWouldReject()
    {
        // The check is only worth something if it can fail: an over-long button label and an embed title of 300.
        const string bad = """{"type":4,"data":{"embeds":[{"title":"TITLE_TOO_LONG"}],"components":[{"type":1,"components":[{"type":2,"style":1,"label":"LABEL","custom_id":"x"}]}]}}""";
        var json = bad.Replace("TITLE_TOO_LONG", new string('t', 300), StringComparison.Ordinal).Replace("LABEL", new string('l', 81), StringComparison.Ordinal);

        var (exit, output) = DiscordSpec.Validate("callback", json);

        Assert.Equal(1, exit);
        Assert.Contains("INVALID", output);
    }

    [SharedFact]
    public void SharedSpec_IsTheInteractionsSubset() =>
        Assert.True(File.Exists(SharedData.SharedPath("discord", "openapi-interactions-subset.json")));
}
