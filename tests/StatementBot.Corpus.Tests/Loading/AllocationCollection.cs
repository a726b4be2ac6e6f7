namespace StatementBot.Corpus.Tests.Loading;

/// <summary>
/// Measures what a load allocates, so it runs alone (after the parallel tests): another test loading at the same
/// moment would count in the same process-wide figure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation measured";
}
