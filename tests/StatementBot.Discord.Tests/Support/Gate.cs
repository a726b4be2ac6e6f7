namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// Holds the /slow command until the test opens it, so "the work outlasted the deadline" is a fact of the test, not a
/// race with a busy machine. It never holds longer than ten seconds.
/// </summary>
public sealed class Gate : IDisposable
{
    private readonly ManualResetEventSlim _open = new(false);

    public void Open() => _open.Set();

    public void Wait() => _open.Wait(TimeSpan.FromSeconds(10));

    public void Dispose() => _open.Dispose();
}
