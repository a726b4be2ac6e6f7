using StatementBot.Commands.Routing;

namespace StatementBot.Benchmarks.Queries;

/// <summary>One line of the query set: where it is, what was typed, and the request it reads as.</summary>
/// <param name="Line">1-based line number in the query file.</param>
public sealed record BenchQuery(int Line, string Text, CommandRequest Request)
{
    public string Command => Request.Command;
}
