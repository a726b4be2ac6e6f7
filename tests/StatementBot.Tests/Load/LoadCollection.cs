namespace StatementBot.Tests.Load;

/// <summary>
/// The load test measures latency and the process's managed heap, so it runs alone, after the parallel tests: another
/// class indexing the whole corpus in the same process at the same moment would be measured with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load, measured alone";
}
