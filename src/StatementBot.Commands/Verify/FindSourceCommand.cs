using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Verifying;

namespace StatementBot.Commands.Verify;

/// <summary>
/// "Find the source" on a message's menu in Discord: /verify for the message's text (its quoted passage when it
/// quotes someone), for any message in the channel that says someone said something.
/// </summary>
public sealed class FindSourceCommand(QuoteVerifier verifier) : ICommandHandler
{
    public static CommandDefinition Entry { get; } = new(
        "Find the source",
        "The closest real statements to what a message quotes (/verify on the message)",
        [new OptionDefinition(CommandDefinition.MessageTextOption, "The message's text")],
        "Apps › Find the source, on a message's menu",
        Kind: CommandKind.Message);

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        if (request.Get(CommandDefinition.MessageTextOption) is not { } text)
        {
            return Reply.Error("That message has no text to look up: Find the source reads what a message says, not its images or embeds.");
        }

        var result = verifier.Verify(text);
        return result.Error is { } error ? Reply.Error(error) : VerifyReply.Shape(result.Value!);
    }
}
