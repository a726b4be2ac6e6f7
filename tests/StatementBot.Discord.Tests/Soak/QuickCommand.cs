using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>/ask: answered at once with a statement from the seed documents, as most commands are.</summary>
public sealed class QuickCommand : ICommandHandler
{
    public const string Name = "ask";

    public CommandDefinition Definition { get; } = new(Name, "Answers at once.", [], "/ask");

    public Reply Handle(CommandRequest request) =>
        new("Asked", "A statement from the seed documents.", [], [new ReplySection("", [], [TestCorpus.WuQian])], null, new { });
}
