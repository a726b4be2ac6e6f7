using System.Collections.Concurrent;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>
/// /hold: work that outlasts the deadline by construction — it finishes only once the bot's deferral has reached
/// Discord (<see cref="Release"/>), and never holds longer than ten seconds. Its answer is an edit of <c>@original</c>.
/// </summary>
public sealed class HeldCommand : ICommandHandler, IDisposable
{
    public const string Name = "hold";
    public const string TicketOption = "ticket";

    private readonly ConcurrentDictionary<string, ManualResetEventSlim> _tickets = new();

    public CommandDefinition Definition { get; } = new(
        Name, "Answers after its deferral.", [new OptionDefinition(TicketOption, "The interaction id.", Required: true)], "/hold ticket:1");

    /// <summary>The deferral of interaction <paramref name="ticket"/> reached Discord: its work may finish.</summary>
    public void Release(string ticket) => Ticket(ticket).Set();

    public Reply Handle(CommandRequest request)
    {
        Ticket(request.Get(TicketOption) ?? "").Wait(TimeSpan.FromSeconds(10));
        return new Reply("Held", "Finished after the deferral.", [], [new ReplySection("", [], [TestCorpus.TanQuote])], null, new { });
    }

    public void Dispose()
    {
        foreach (var ticket in _tickets.Values)
        {
            ticket.Dispose();
        }
    }

    private ManualResetEventSlim Ticket(string id) => _tickets.GetOrAdd(id, _ => new ManualResetEventSlim(false));
}
