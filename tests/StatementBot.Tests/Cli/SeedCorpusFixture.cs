using StatementBot.TestSupport;

namespace StatementBot.Tests.Cli;

/// <summary>A private index folder over the repository's default corpus (the two seed documents).</summary>
public sealed class SeedCorpusFixture : IDisposable
{
    public string IndexDirectory { get; } = Path.Combine(Path.GetTempPath(), "statementbot-cli-" + Guid.NewGuid().ToString("N"));

    public string Corpus => SharedData.DefaultCorpus;

    public string[] Args(params string[] args) => [.. args, "--corpus", Corpus, "--index", IndexDirectory];

    public void Dispose()
    {
        if (Directory.Exists(IndexDirectory))
        {
            Directory.Delete(IndexDirectory, recursive: true);
        }
    }
}
