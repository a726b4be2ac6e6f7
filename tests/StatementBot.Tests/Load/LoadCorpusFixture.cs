using StatementBot.Indexing;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Load;

/// <summary>
/// A small real index for load: the two seed documents and one month of White House press briefings from
/// ../shared/corpora (March 2022, 30 files), copied into a temporary folder and indexed there.
/// </summary>
public sealed class LoadCorpusFixture : IDisposable
{
    public static readonly string[] Slice = ["wh-briefings", "press-briefings", "2022-03"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-load-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Lazy<IndexGate> _index;

    public LoadCorpusFixture()
    {
        _index = new Lazy<IndexGate>(Open);
    }

    /// <summary>The index, built on first use (the shared corpora must be there).</summary>
    public IndexGate Index => _index.Value;

    private IndexGate Open()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.EnumerateFiles(SharedData.SharedPath(["corpora", .. Slice])))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }
        foreach (var file in Directory.EnumerateFiles(SharedData.DefaultCorpus))
        {
            File.Copy(file, Path.Combine(corpus, "seed-" + Path.GetFileName(file)));
        }

        var gate = IndexGate.OpenOrBuild(new IndexSettings([corpus], Path.Combine(_folder, "lucene")), rebuild: false, TextWriter.Null);
        return gate.Error is { } error ? throw new InvalidOperationException(error) : gate;
    }

    public void Dispose()
    {
        if (_index.IsValueCreated)
        {
            _index.Value.Dispose();
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
