using StatementBot.Commands.Catalog;
using StatementBot.Commands.Export;
using StatementBot.Search.Exporting;
using StatementBot.Search.Querying;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Phrases;

namespace StatementBot.Commands.Phrase;

/// <summary>/phrase — a talking point's life: first and last use, how often, by whom, the first and latest excerpts.</summary>
public sealed class PhraseCommand(PhraseTracker tracker) : ICommandHandler, IExportable
{
    public const int TopSpeakers = 5;

    public static CommandDefinition Entry { get; } = new(
        "phrase",
        "A talking point's life: first and last use, how often, by whom",
        [
            new OptionDefinition(OptionNames.Text, "The phrase, word for word (case and punctuation aside)", Required: true, Example: "core interests"),
            CommonOptions.Speaker(OptionNames.Speaker, "Only this speaker's uses", required: false),
        ],
        "/phrase text:\"lifting a rock to drop it on their own feet\"");

    public CommandDefinition Definition => Entry;

    /// <summary>Every statement saying the phrase word for word, oldest first: the talking point's life in full.</summary>
    public (ExportQuery? Query, string? Problem) ToExport(CommandRequest request)
    {
        var words = (request.Get(OptionNames.Text) ?? "").Replace("\"", " ", StringComparison.Ordinal).Trim();
        return words.Length == 0
            ? (null, "Give the phrase to export.")
            : (new ExportQuery($"\"{words}\"", request.Get(OptionNames.Speaker) is { } speaker ? [speaker] : [], Sort: SortOrder.Oldest), null);
    }

    public Reply Handle(CommandRequest request)
    {
        var result = tracker.Trace(request.Get(OptionNames.Text), request.Get(OptionNames.Speaker));
        return result.Error is { } error ? Reply.Error(error) : PhraseReply.Shape(result.Value!, TopSpeakers);
    }
}
