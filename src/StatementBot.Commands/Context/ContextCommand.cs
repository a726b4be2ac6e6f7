using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Context;

/// <summary>The whole statement behind a hit (the "More context" button); not a slash command of its own.</summary>
public sealed class ContextCommand(StatementSearcher searcher) : ICommandHandler
{
    public static CommandDefinition Entry { get; } = new(
        "context",
        "The whole statement behind a result",
        [new OptionDefinition("id", "The statement's id, as shown in results", Required: true)],
        "/context id:…",
        Hidden: true);

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var id = request.Get("id")!;
        if (searcher.Get(id) is not { } hit)
        {
            return Reply.Error("That statement is no longer in the index (it may have been rebuilt). Run the search again.");
        }

        // The full text stands in for the snippet so every front end shows all of it.
        var whole = hit with { Snippet = new Search.Results.Snippet(hit.Text, []) };
        var section = new ReplySection("", [], [whole]);
        return new Reply($"{hit.Speaker} — full statement", null, [], [section], null, new ContextData(HitData.From(whole)));
    }

    private sealed record ContextData(HitData Hit);
}
