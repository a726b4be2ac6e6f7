using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Phrases;

namespace StatementBot.Commands.Phrase;

/// <summary>/phrase — a talking point's life: first and last use, how often, by whom, the first and latest excerpts.</summary>
public sealed class PhraseCommand(PhraseTracker tracker) : ICommandHandler
{
    public const int TopSpeakers = 5;

    public static CommandDefinition Entry { get; } = new(
        "phrase",
        "A talking point's life: first and last use, how often, by whom",
        [
            new OptionDefinition("text", "The phrase, word for word (case and punctuation aside)", Required: true, Example: "core interests"),
            CommonOptions.Speaker("speaker", "Only this speaker's uses", required: false),
        ],
        "/phrase text:\"lifting a rock to drop it on their own feet\"");

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var result = tracker.Trace(request.Get("text"), request.Get("speaker"));
        return result.Error is { } error ? Reply.Error(error) : PhraseReply.Shape(result.Value!, TopSpeakers);
    }
}
