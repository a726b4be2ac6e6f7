namespace StatementBot.Search.Tests;

/// <summary>Reports on the calling thread, so a test can act in the middle of a build.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
