using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.Commands.Options;

namespace StatementBot.Commands.Context;

/// <summary>/context — the whole statement behind a hit, by the id shown with it (also the "More context" button).</summary>
public sealed class ContextCommand(StatementSearcher searcher) : ICommandHandler
{
    /// <summary>The command's name: the "More context" button runs it too.</summary>
    public const string Name = "context";

    public static CommandDefinition Entry { get; } = new(
        Name,
        "The whole statement behind a result",
        [new OptionDefinition(OptionNames.Id, "The statement's id, shown with each result", Required: true, Example: ExampleId)],
        "/context id:" + ExampleId + " (the id shown with each result)");

    /// <summary>Stands for a real id in the example: ids depend on where the corpus lives, so none is the same everywhere.</summary>
    public const string ExampleId = "ID";

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        // Pasted from a result's footer ("id: 1f6c74f45a38-0003") or typed as shown: either way the id.
        var id = request.Get(OptionNames.Id)!;
        id = id.StartsWith("id:", StringComparison.OrdinalIgnoreCase) ? id[3..].Trim() : id;
        if (searcher.Get(id) is not { } hit)
        {
            return Reply.Error($"There is no statement \"{Echo.Of(id)}\" in the index (ids look like 1f6c74f45a38-0003; after a rebuild, run the search again).");
        }

        // The full text stands in for the snippet so every front end shows all of it.
        var whole = hit with { Snippet = new Search.Results.Snippet(hit.Text, []) };
        var section = new ReplySection("", [], [whole]);
        return new Reply($"{hit.Speaker} — full statement", null, [], [section], null, new ContextData(HitData.From(whole)));
    }

    private sealed record ContextData(HitData Hit);
}
