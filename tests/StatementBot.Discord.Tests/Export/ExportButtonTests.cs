using System.Text;
using StatementBot.Discord.Tests.Attachments;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Hostile;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Export;

/// <summary>
/// The "Export CSV" button on a result list, end to end through the gateway host to the fake Discord, over the seed
/// corpus: pressing it sends the one who pressed a private message with every matching statement as a CSV file.
/// </summary>
public sealed class ExportButtonTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(8);

    [SharedFact]
    public async Task QuoteResults_HaveAnExportButton_PressingItSendsTheCsvPrivately()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var asked = FakeInteractions.NewId();
        fake.Script(new GatewayStep.Dispatch(FakeInteractions.Command(asked, "quote", ("query", "militaries"))));
        await using var bot = await GatewayBot.StartAsync(fake, router: seeds.Router());

        var answer = await fake.WaitForCallbackAsync(asked, Wait);
        var buttons = answer.Json.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray()).ToArray();
        var export = Assert.Single(buttons, b => b.GetProperty("label").GetString() == "Export CSV");
        var pressed = FakeInteractions.NewId();
        await fake.PushAsync(FakeInteractions.Button(pressed, export.GetProperty("custom_id").GetString()!));
        var file = await fake.WaitForCallbackAsync(pressed, Wait);

        Assert.Empty(MultipartRules.Check(file, json => json.GetProperty("data")));
        Assert.Equal(64, file.Json.GetProperty("data").GetProperty("flags").GetInt32()); // ephemeral: only the one who pressed
        var part = Assert.Single(file.Parts!, p => p.Name == "files[0]");
        Assert.Equal("statementbot-quote-militaries.csv", part.FileName);
        var csv = Encoding.UTF8.GetString(part.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var total = seeds.Searcher.Quote(new Search.Querying.QuoteQuery("militaries")).Value!.Total;
        Assert.Equal(total + 1, csv.Length); // the header and every matching statement
        Assert.Contains(csv, line => line.Contains("Tan Kefei", StringComparison.Ordinal));
        Assert.Empty(DiscordRules.CheckCallback(file.Body));
    }
}
