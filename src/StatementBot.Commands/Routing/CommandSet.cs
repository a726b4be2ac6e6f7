using StatementBot.Commands.Catalog;
using StatementBot.Commands.Compare;
using StatementBot.Commands.Cooldowns;
using StatementBot.Commands.Context;
using StatementBot.Commands.Help;
using StatementBot.Commands.Quote;
using StatementBot.Commands.Speaker;
using StatementBot.Commands.Speakers;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Routing;

/// <summary>The bot's commands: their catalog (known before any index is open) and the router over a searcher.</summary>
public static class CommandSet
{
    /// <summary>Every command in the order help lists them.</summary>
    public static CommandCatalog Catalog { get; } = new(
        [QuoteCommand.Entry, SpeakerCommand.Entry, SpeakersCommand.Entry, CompareCommand.Entry, HelpCommand.Entry, ContextCommand.Entry]);

    /// <param name="cooldown">Rations heavy commands per caller; by default <see cref="CooldownPolicy.Default"/> on the system clock.</param>
    public static CommandRouter CreateRouter(StatementSearcher searcher, SpeakerDirectory directory, CallerCooldown? cooldown = null) => new(
        [
            new QuoteCommand(searcher),
            new SpeakerCommand(searcher),
            new SpeakersCommand(directory),
            new CompareCommand(searcher),
            new HelpCommand(Catalog),
            new ContextCommand(searcher),
        ],
        searcher.Speakers,
        cooldown ?? new CallerCooldown(TimeProvider.System));
}
