using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;

namespace StatementBot.Commands.Routing;

/// <summary>One slash command: its catalog entry next to what it does. Handlers are cheap and stateless.</summary>
public interface ICommandHandler
{
    CommandDefinition Definition { get; }

    Reply Handle(CommandRequest request);
}
