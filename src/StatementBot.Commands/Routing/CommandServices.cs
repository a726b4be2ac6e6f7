using StatementBot.Search.Querying;

namespace StatementBot.Commands.Routing;

/// <summary>What a command handler may be built from: the open index's searcher, its speaker directory and the catalog.</summary>
public sealed record CommandServices(StatementSearcher Searcher, SpeakerDirectory Directory, Catalog.CommandCatalog Catalog)
{
    /// <summary>Where /watch keeps its watches; null where the front end has none (the terminal).</summary>
    public Watch.WatchStore? Watches { get; init; }
}
