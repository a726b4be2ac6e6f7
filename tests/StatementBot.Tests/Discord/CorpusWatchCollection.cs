namespace StatementBot.Tests.Discord;

/// <summary>
/// The corpus-watching test times a file from the disk to a search's answer, so it runs alone, after the parallel
/// tests: on two shared cores a whole-corpus build beside it measures the machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CorpusWatchCollection
{
    public const string Name = "Corpus watching";
}
