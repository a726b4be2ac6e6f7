using System.Text;
using StatementBot.Commands.Cooldowns;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Messages;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// One user sending search after search cannot slow the bot for the others: past their allowance they get a private
/// note saying when to try again, while everyone else's searches are answered as usual. Time is the test's own clock.
/// </summary>
public sealed class CooldownTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly CooldownPolicy ThreeEveryFourSeconds = new(3, TimeSpan.FromSeconds(4));

    [Fact]
    public async Task OneUserSearchingFast_WaitsPrivatelyWithARetryTime_OthersAnsweredAsUsual()
    {
        var clock = new ManualClock();
        await using var harness = await DispatcherHarness.StartAsync(seeds.Router(new CallerCooldown(clock, ThreeEveryFourSeconds)));

        var alice = new List<InteractionResponse>();
        for (var i = 0; i < 5; i++)
        {
            alice.Add(await AnswerAsync(harness, "111111111111111111", FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "militaries"))));
        }

        var bob = await AnswerAsync(harness, "222222222222222222", FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "militaries")));
        var aliceHelp = await AnswerAsync(harness, "111111111111111111", FakeInteractions.Command(FakeInteractions.NewId(), "help"));

        Assert.All(alice.Take(3), r => Assert.NotNull(r.Data?.Embeds));
        Assert.All(alice.Skip(3), r =>
        {
            Assert.Equal(MessageFlags.Ephemeral, r.Data?.Flags);
            Assert.Equal("One moment: you have sent several searches in a row. You can search again in 4 seconds.", r.Data?.Content);
        });
        Assert.NotNull(bob.Data?.Embeds);
        Assert.NotNull(aliceHelp.Data?.Embeds);

        clock.Advance(TimeSpan.FromSeconds(4));
        var later = await AnswerAsync(harness, "111111111111111111", FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "militaries")));
        Assert.NotNull(later.Data?.Embeds);
    }

    [Fact]
    public async Task PagingButtons_CountAgainstWhoeverPressesThem()
    {
        var clock = new ManualClock();
        await using var harness = await DispatcherHarness.StartAsync(seeds.Router(new CallerCooldown(clock, ThreeEveryFourSeconds)));
        var first = await AnswerAsync(harness, "111111111111111111", FakeInteractions.Command(FakeInteractions.NewId(), "speaker", ("name", "Tan Kefei")));
        var next = first.Data!.Components!.SelectMany(row => row.Components).Single(b => b.Label == "Next ▶").CustomId!;

        var presses = new List<InteractionResponse>();
        for (var i = 0; i < 3; i++)
        {
            presses.Add(await AnswerAsync(harness, "111111111111111111", FakeInteractions.Button(FakeInteractions.NewId(), next)));
        }

        var someoneElse = await AnswerAsync(harness, "333333333333333333", FakeInteractions.Button(FakeInteractions.NewId(), next));

        Assert.All(presses.Take(2), p => Assert.Equal(InteractionCallbackType.UpdateMessage, p.Type));
        Assert.Equal(MessageFlags.Ephemeral, presses[2].Data?.Flags);
        Assert.StartsWith("One moment:", presses[2].Data?.Content);
        Assert.Equal(InteractionCallbackType.UpdateMessage, someoneElse.Type);
    }

    private static async Task<InteractionResponse> AnswerAsync(DispatcherHarness harness, string userId, string json)
    {
        var interaction = InteractionParser.Parse(Encoding.UTF8.GetBytes(json))! with { Member = new GuildMember(new DiscordUser(userId, "user")) };
        return Assert.Single(await harness.AnswerAsync(interaction));
    }
}
