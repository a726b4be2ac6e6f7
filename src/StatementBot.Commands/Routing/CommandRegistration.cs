using StatementBot.Commands.Catalog;

namespace StatementBot.Commands.Routing;

/// <summary>One command: its catalog entry (known before any index is open) and how to build its handler over an index.</summary>
public sealed record CommandRegistration(CommandDefinition Definition, Func<CommandServices, ICommandHandler> Create);
