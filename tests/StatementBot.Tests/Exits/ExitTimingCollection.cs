namespace StatementBot.Tests.Exits;

/// <summary>
/// The exit tests time a real process against a 5-second limit, so they run alone, after the parallel tests: indexing
/// the whole corpus on the same cores at the same moment measures the machine, not the bot's stop.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExitTimingCollection
{
    public const string Name = "Timed process exits";
}
