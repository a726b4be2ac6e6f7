using StatementBot.Commands.Catalog;
using StatementBot.Commands.Cooldowns;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Tests.Support;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Commands.Tests.Cooldowns;

/// <summary>One caller sending heavy command after heavy command waits, politely told how long; everyone else is answered.</summary>
public sealed class CallerCooldownTests
{
    private static readonly CooldownPolicy ThreeEveryTwoSeconds = new(3, TimeSpan.FromSeconds(2));

    [Fact]
    public void TryEnter_BurstSpent_SaysHowLongUntilTheNextOne()
    {
        var clock = new ManualClock();
        var cooldown = new CallerCooldown(clock, ThreeEveryTwoSeconds);

        var first = Enumerable.Range(0, 3).Select(_ => cooldown.TryEnter("alice")).ToArray();
        var fourth = cooldown.TryEnter("alice");

        Assert.All(first, wait => Assert.Null(wait));
        Assert.Equal(TimeSpan.FromSeconds(2), fourth);
    }

    [Fact]
    public void TryEnter_OneCallerBlocked_OthersStillGoAhead()
    {
        var cooldown = new CallerCooldown(new ManualClock(), ThreeEveryTwoSeconds);
        for (var i = 0; i < 10; i++)
        {
            cooldown.TryEnter("alice");
        }

        Assert.NotNull(cooldown.TryEnter("alice"));
        Assert.Null(cooldown.TryEnter("bob"));
        Assert.Null(cooldown.TryEnter("carol"));
    }

    [Fact]
    public void TryEnter_TimePasses_AllowanceComesBackOneAtATimeUpToTheBurst()
    {
        var clock = new ManualClock();
        var cooldown = new CallerCooldown(clock, ThreeEveryTwoSeconds);
        for (var i = 0; i < 3; i++)
        {
            cooldown.TryEnter("alice");
        }

        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.FromSeconds(0.5), cooldown.TryEnter("alice"));

        clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Null(cooldown.TryEnter("alice"));
        Assert.NotNull(cooldown.TryEnter("alice"));

        // A long pause refills the bucket, but never past the burst.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(3, Enumerable.Range(0, 5).Count(_ => cooldown.TryEnter("alice") is null));
    }

    [Fact]
    public void TryEnter_ManyCallersGoIdle_TheyAreForgotten()
    {
        var clock = new ManualClock();
        var cooldown = new CallerCooldown(clock, ThreeEveryTwoSeconds);
        for (var i = 0; i < 1000; i++)
        {
            cooldown.TryEnter($"user-{i}");
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 24; i++)
        {
            cooldown.TryEnter("active");
        }

        Assert.Equal(1, cooldown.Tracked);
    }

    [Fact]
    public void Router_HeavyCommandFromOneCaller_RationedWithARetryTime_LightCommandsAndOtherCallersNot()
    {
        var clock = new ManualClock();
        var search = new Counting("search", heavy: true);
        var help = new Counting("help", heavy: false);
        var router = new CommandRouter([search, help], SpeakerRegistry.FromEntries([]), new CallerCooldown(clock, ThreeEveryTwoSeconds));
        CommandRequest Ask(string command, string? caller) => new(command) { Caller = caller };

        var answers = Enumerable.Range(0, 5).Select(_ => router.Handle(Ask("search", "alice"))).ToArray();
        var other = router.Handle(Ask("search", "bob"));
        var light = router.Handle(Ask("help", "alice"));
        var terminal = Enumerable.Range(0, 5).Select(_ => router.Handle(Ask("search", null))).ToArray();

        Assert.Equal([false, false, false, true, true], answers.Select(a => a.IsError));
        Assert.Equal("One moment: you have sent several searches in a row. You can search again in 2 seconds.", answers[3].Title);
        Assert.False(other.IsError);
        Assert.False(light.IsError);
        Assert.All(terminal, reply => Assert.False(reply.IsError));
        Assert.Equal(3 + 1 + 5, search.Calls);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(router.Handle(Ask("search", "alice")).IsError);
    }

    [Theory]
    [InlineData(0.2, "1 second")]
    [InlineData(1.0, "1 second")]
    [InlineData(1.01, "2 seconds")]
    public void CooldownMessage_RoundsUpToWholeSeconds(double seconds, string said) =>
        Assert.EndsWith($"again in {said}.", CommandRouter.CooldownMessage(TimeSpan.FromSeconds(seconds)));

    private sealed class Counting(string name, bool heavy) : ICommandHandler
    {
        public int Calls { get; private set; }

        public CommandDefinition Definition { get; } = new(name, "Counts its calls", [], "/" + name, Heavy: heavy);

        public Reply Handle(CommandRequest request)
        {
            Calls++;
            return new Reply(name, null, [], [], null, new { });
        }
    }
}
