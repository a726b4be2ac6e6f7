using StatementBot.Discord.Configuration;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Hostile;

namespace StatementBot.Discord.Tests.Deadlines;

/// <summary>
/// Discord's 3 seconds run from when it created the interaction, not from when the bot read it: an interaction that
/// arrives late (replayed after a resume) is deferred at once rather than answered after Discord has given up on it.
/// </summary>
public sealed class CreationDeadlineTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void CreatedAt_DiscordsDocumentedExample_IsItsTimestamp()
    {
        // The snowflake Discord's reference uses: 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), Snowflake.CreatedAt("175928847299117063"));
        Assert.Null(Snowflake.CreatedAt("not-a-snowflake"));
    }

    [Fact]
    public async Task InteractionCreatedNearlyThreeSecondsAgo_IsDeferredAtOnce_AFreshOneAnsweredInline()
    {
        await using var harness = await DispatcherHarness.StartAsync(seeds.Router(), deferAfterMs: 2000);

        var late = await harness.AnswerAsync(Parse(FakeInteractions.Command(IdCreated(DateTimeOffset.UtcNow.AddMilliseconds(-2500)), "help")));
        var fresh = await harness.AnswerAsync(Parse(FakeInteractions.Command(IdCreated(DateTimeOffset.UtcNow), "help")));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, late[0].Type);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, fresh[0].Type);
    }

    private static string IdCreated(DateTimeOffset at) =>
        (((ulong)(at.ToUnixTimeMilliseconds() - 1_420_070_400_000)) << 22 | 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DiscordInteraction Parse(string json) =>
        InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json)) ?? throw new InvalidOperationException("the test's interaction did not parse");
}
