using StatementBot.Commands.Catalog;
using StatementBot.Commands.Compare;
using StatementBot.Commands.Cooldowns;
using StatementBot.Commands.Export;
using StatementBot.Commands.Options;
using StatementBot.Commands.Context;
using StatementBot.Commands.Help;
using StatementBot.Commands.Phrase;
using StatementBot.Commands.Quote;
using StatementBot.Commands.Speaker;
using StatementBot.Commands.Speakers;
using StatementBot.Commands.Trend;
using StatementBot.Commands.Who;
using StatementBot.Search.Trends;
using StatementBot.Commands.Verify;
using StatementBot.Commands.Watch;
using StatementBot.Search.Phrases;
using StatementBot.Search.Querying;
using StatementBot.Search.Verifying;
using StatementBot.Search.Watching;

namespace StatementBot.Commands.Routing;

/// <summary>
/// The bot's commands, listed once: the catalog (registration, the console parser, help) and the router are both built
/// from <see cref="Registrations"/>, so a command cannot be in one and missing from the other. A new command is one
/// handler with its <c>Entry</c> and one line here.
/// </summary>
public static class CommandSet
{
    /// <summary>Every command in the order help lists them.</summary>
    public static IReadOnlyList<CommandRegistration> Registrations { get; } =
    [
        new(QuoteCommand.Entry, s => new QuoteCommand(s.Searcher)),
        new(SpeakerCommand.Entry, s => new SpeakerCommand(s.Searcher)),
        new(SpeakersCommand.Entry, s => new SpeakersCommand(s.Directory)),
        new(CompareCommand.Entry, s => new CompareCommand(s.Searcher)),
        new(HelpCommand.Entry, s => new HelpCommand(s.Catalog)),
        new(ContextCommand.Entry, s => new ContextCommand(s.Searcher)),
        new(TrendCommand.Entry, s => new TrendCommand(new TrendSearcher(s.Searcher))),
        new(WhoCommand.Entry, s => new WhoCommand(new TrendSearcher(s.Searcher))),
        new(VerifyCommand.Entry, s => new VerifyCommand(new QuoteVerifier(s.Searcher.Index))),
        new(FindSourceCommand.Entry, s => new FindSourceCommand(new QuoteVerifier(s.Searcher.Index))),
        new(PhraseCommand.Entry, s => new PhraseCommand(new PhraseTracker(s.Searcher.Index))),
        new(WatchCommand.Entry, s => new WatchCommand(s.Watches, new WatchChecker(s.Searcher.Index), TimeProvider.System)),
    ];

    public static CommandCatalog Catalog { get; } = new(Registrations.Select(r => r.Definition));

    /// <param name="cooldown">Rations heavy commands per caller; by default <see cref="CooldownPolicy.Default"/> on the system clock.</param>
    /// <param name="watches">Where /watch keeps its watches; without one, /watch says alerts are not set up.</param>
    public static CommandRouter CreateRouter(StatementSearcher searcher, SpeakerDirectory directory, CallerCooldown? cooldown = null, WatchStore? watches = null)
    {
        var services = new CommandServices(searcher, directory, Catalog) { Watches = watches };
        var handlers = Registrations.Select(r => r.Create(services)).ToArray();
        for (var i = 0; i < handlers.Length; i++)
        {
            if (!ReferenceEquals(handlers[i].Definition, Registrations[i].Definition))
            {
                throw new InvalidOperationException($"/{Registrations[i].Definition.Name} is registered with another command's handler.");
            }
        }
        return new CommandRouter(
            handlers,
            () => searcher.Speakers,
            cooldown ?? new CallerCooldown(TimeProvider.System),
            (completes, typed, max) => searcher.CompleteFilter(completes == Completion.Role ? FilterOptions.Role : FilterOptions.Source, typed, max),
            new StatementExporter(searcher));
    }
}
