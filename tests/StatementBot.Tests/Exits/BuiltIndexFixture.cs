using StatementBot.Tests.Cli;

namespace StatementBot.Tests.Exits;

/// <summary>The seed corpus indexed once, so a started bot opens the index silently and at once.</summary>
public sealed class BuiltIndexFixture : IDisposable
{
    private readonly SeedCorpusFixture _seed = new();

    public BuiltIndexFixture()
    {
        var built = CliRun.Of(_seed.Args("index"));
        if (built.ExitCode != 0)
        {
            throw new InvalidOperationException("Could not index the seed corpus: " + built.Status);
        }
    }

    public string[] Args(params string[] args) => _seed.Args(args);

    public void Dispose() => _seed.Dispose();
}
