using System.Text.Json;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Serialization;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Hostile;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Security;

/// <summary>
/// What a user types and the bot repeats — in a title, a heading, a summary, an error — renders as the text typed: no
/// ping, no mention, no spoiler, no masked link, no formatting; and every message the bot sends, answered at once or
/// after a deferral (an <c>@original</c> edit, a private follow-up), carries <c>allowed_mentions: {"parse": []}</c>.
/// Checked over every kind of reply the real commands give, with each payload in each place it can be echoed.
/// </summary>
public sealed class MentionsAndMarkdownTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly string[] Payloads =
    [
        "@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>",
        "||spoiler||", "[masked](http://x.invalid)", "**bold**", "*italic*", "__underline__", "~~strike~~", "`code`", "```block```",
        "# heading", "-# small", "> quote", ">>> quote", "1. listed", "<t:1700000000:R>", "<:emoji:123456789012345678>",
    ];

    /// <summary>Each place a reply repeats typed text: the command, and how the payload goes into it.</summary>
    private static readonly (string Command, Func<string, (string Name, object Value)[]> Options)[] Echoes =
    [
        ("quote", p => [("query", p)]),
        ("quote", p => [("query", "militaries " + p)]),
        ("quote", p => [("query", "\"" + p + "\"")]),
        ("quote", p => [("query", "militaries"), ("from", p)]),
        ("quote", p => [("query", "militaries"), ("speaker", p)]),
        ("quote", p => [("query", "militaries"), ("sort", p)]),
        ("quote", p => [("query", "militaries"), ("page", p)]),
        ("quote", p => [("query", "militaries"), (p, "x")]),
        ("speaker", p => [("name", p)]),
        ("speaker", p => [("name", "Wu Qian"), ("about", p)]),
        ("speaker", p => [("name", "Wu Qian"), ("about", "militaries OR " + p)]),
        ("speakers", p => [("filter", p)]),
        ("compare", p => [("a", "Wu Qian"), ("b", p)]),
        ("compare", p => [("a", "Wu Qian"), ("b", "Tan Kefei"), ("about", p)]),
        ("compare", p => [("a", "Wu Qian"), ("b", "Tan Kefei"), ("about", "militaries OR " + p)]),
        ("help", p => [("command", p)]),
        ("context", p => [("id", p)]),
        ("help", p => [(p, "x")]),
    ];

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task EveryEchoOfTypedText_RendersAsText_AndEveryMessageMentionsNobody(int? deferAfterMs)
    {
        await using var harness = await DispatcherHarness.StartAsync(seeds.Router(), deferAfterMs);
        var problems = new List<string>();
        var interactions = Payloads.SelectMany(payload => Echoes
            .Select(echo => (Payload: payload, Json: FakeInteractions.Command(FakeInteractions.NewId(), echo.Command, echo.Options(payload))))
            .Append((payload, FakeInteractions.Command(FakeInteractions.NewId(), payload)))
            .Append((payload, FakeInteractions.Button(FakeInteractions.NewId(), "cx:context:id=" + Uri.EscapeDataString(payload))))).ToArray();

        foreach (var (payload, json) in interactions)
        {
            var interaction = InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json))!;
            var responses = await harness.AnswerAsync(interaction);
            foreach (var response in responses.Where(r => r.Data is { Content: not null } or { Embeds: not null }))
            {
                using var body = JsonDocument.Parse(DiscordJson.Serialize(response.Data));
                problems.AddRange(Check(body.RootElement).Select(p => $"{payload} in {json}: {p}"));
            }
        }

        // After a deferral the answer is an edit of @original, or a private follow-up for an error.
        var sent = SentAfterDeferral(harness.Fake);
        foreach (var message in sent)
        {
            problems.AddRange(Check(message.Json).Select(p => $"{message.Method} {message.Path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        if (deferAfterMs is not null)
        {
            Assert.Contains(sent, r => r.IsOriginalEdit);
            Assert.Contains(sent, r => r.Method == "POST");
        }
    }

    /// <summary>Limits and allowed_mentions (<see cref="DiscordRules"/>), then live markup field by field.</summary>
    private static IEnumerable<string> Check(JsonElement message)
    {
        foreach (var problem in DiscordRules.CheckMessage(message))
        {
            yield return problem;
        }

        if (message.TryGetProperty("content", out var content))
        {
            foreach (var found in LiveMarkup.Find(content.GetString()!))
            {
                yield return $"content: {found}";
            }
        }

        var embeds = message.TryGetProperty("embeds", out var e) ? e.EnumerateArray().ToArray() : [];
        for (var i = 0; i < embeds.Length; i++)
        {
            var embed = embeds[i];
            var texts = new List<(string Where, string Text, bool Bold, bool Lines)>();
            if (embed.TryGetProperty("title", out var title))
            {
                texts.Add(("title", title.GetString()!, false, false));
            }

            if (embed.TryGetProperty("description", out var description))
            {
                texts.Add(("description", description.GetString()!, i > 0, true));
            }

            foreach (var field in embed.TryGetProperty("fields", out var fields) ? fields.EnumerateArray() : default)
            {
                texts.Add(("field name", field.GetProperty("name").GetString()!, false, false));
                texts.Add(("field value", field.GetProperty("value").GetString()!, false, true));
            }

            foreach (var (where, text, bold, lines) in texts)
            {
                foreach (var found in LiveMarkup.Find(text, bold, lines))
                {
                    yield return $"embed {i} {where} \"{text}\": {found}";
                }
            }
        }
    }

    /// <summary>Edits and follow-ups the fake recorded (the dispatcher has sent them all by the time it returns).</summary>
    private static IReadOnlyList<RecordedRequest> SentAfterDeferral(FakeDiscord fake) =>
        fake.Requests.Where(r => r.Method is "PATCH" or "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).ToArray();
}
