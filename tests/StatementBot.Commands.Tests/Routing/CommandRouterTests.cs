using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Commands.Tests.Routing;

public sealed class CommandRouterTests
{
    // Clearly fictional speakers: the router's mechanics do not depend on real text.
    private static readonly SpeakerRegistry Speakers = SpeakerRegistry.FromEntries(
    [
        new SpeakerEntry("Ada Quill", ["Quill"], ["Spokesperson of the Ministry of Examples"]),
        new SpeakerEntry("Bram Quillfeather", [], ["Press Officer"]),
    ]);

    private static CommandRouter Router(out EchoCommand echo)
    {
        echo = new EchoCommand();
        return new CommandRouter([echo], Speakers);
    }

    [Fact]
    public void Handle_UnknownCommand_ListsTheKnownOnes()
    {
        var reply = Router(out _).Handle(new CommandRequest("quot"));

        Assert.True(reply.IsError);
        Assert.Equal("There is no /quot command. Try /echo.", reply.Title);
    }

    [Fact]
    public void Handle_MissingRequiredOption_ShowsAnExample()
    {
        var reply = Router(out var echo).Handle(new CommandRequest("echo"));

        Assert.True(reply.IsError);
        Assert.Equal("/echo needs text: What to echo. Example: /echo text:hello", reply.Title);
        Assert.Equal(0, echo.Calls);
    }

    [Theory]
    [InlineData("count", "two", "count must be a whole number, not \"two\".")]
    [InlineData("count", "0", "count must be between 1 and 10.")]
    [InlineData("mood", "grim", "mood must be one of: calm, loud.")]
    [InlineData("colour", "red", "/echo has no option \"colour\". Its options: text, count, mood, who.")]
    public void Handle_BadOptionValue_IsAnErrorReplyNotACall(string option, string value, string message)
    {
        var reply = Router(out var echo).Handle(new CommandRequest("echo", ("text", "hi"), (option, value)));

        Assert.True(reply.IsError);
        Assert.Equal(message, reply.Title);
        Assert.Equal(0, echo.Calls);
    }

    [Fact]
    public void Handle_ValidRequest_ReachesTheHandler()
    {
        var reply = Router(out var echo).Handle(new CommandRequest("/echo", ("text", "hi"), ("count", "3"), ("mood", "LOUD")));

        Assert.False(reply.IsError);
        Assert.Equal("hi x3", reply.Title);
        Assert.Equal(1, echo.Calls);
    }

    [Fact]
    public void Autocomplete_MatchesRegistryNamesAndIsEmptyForBlankInput()
    {
        var router = Router(out _);

        Assert.Equal(["Ada Quill", "Bram Quillfeather"], router.Autocomplete("echo", "who", "quill").Select(c => c.Name));
        Assert.Empty(router.Autocomplete("echo", "who", "  "));
        Assert.Empty(router.Autocomplete("echo", "text", "quill"));
    }

    private sealed class EchoCommand : ICommandHandler
    {
        public int Calls { get; private set; }

        public CommandDefinition Definition { get; } = new(
            "echo",
            "Echo text",
            [
                new OptionDefinition("text", "What to echo", Required: true),
                new OptionDefinition("count", "How often", OptionType.Integer, MinValue: 1, MaxValue: 10),
                new OptionDefinition("mood", "How", Choices: [new("calm", "calm"), new("loud", "loud")]),
                new OptionDefinition("who", "A speaker", Autocomplete: true),
            ],
            "/echo text:hello");

        public Reply Handle(CommandRequest request)
        {
            Calls++;
            return new Reply($"{request.Get("text")} x{request.GetInt("count") ?? 1}", null, [], [], null, new { });
        }
    }
}
