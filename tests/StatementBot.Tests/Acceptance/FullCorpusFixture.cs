using StatementBot.Indexing;
using StatementBot.Search.Querying;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>
/// The whole of ../shared/corpora indexed once (about a minute), as a user would with
/// <c>statementbot index --corpus ../shared/corpora</c>.
/// </summary>
public sealed class FullCorpusFixture : IDisposable
{
    private readonly string _indexDirectory = Path.Combine(Path.GetTempPath(), "statementbot-full-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<IndexGate> _gate;

    public FullCorpusFixture()
    {
        _gate = new Lazy<IndexGate>(() =>
        {
            var status = new StringWriter();
            var gate = IndexGate.OpenOrBuild(IndexSettings.From([SharedData.Corpora], _indexDirectory), rebuild: false, status);
            BuildReport = status.ToString();
            return gate.Error is null ? gate : throw new InvalidOperationException(gate.Error);
        });
    }

    public StatementSearcher Searcher => _gate.Value.Searcher!;

    /// <summary>The speaker directory (/speakers) over the same index.</summary>
    public SpeakerDirectory Directory => _gate.Value.SpeakerDirectory!;

    public string BuildReport { get; private set; } = "";

    /// <summary>What the build recorded beside the index (manifest.json).</summary>
    public IndexManifest Manifest
    {
        get
        {
            _ = _gate.Value;
            return IndexFiles.ReadManifest(new IndexLayout(_indexDirectory).CurrentGeneration()!)!;
        }
    }

    public void Dispose()
    {
        if (_gate.IsValueCreated)
        {
            _gate.Value.Dispose();
        }

        if (System.IO.Directory.Exists(_indexDirectory))
        {
            System.IO.Directory.Delete(_indexDirectory, recursive: true);
        }
    }
}
