using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Phrases;
using StatementBot.Search.Verifying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Verifying;

/// <summary>
/// A slice of the shared corpora indexed at test time: the first twelve Foreign Ministry press conferences, the two
/// seed documents and two White House briefings; their statements are kept to draw quotes from. Empty when
/// ../shared is missing (the tests using it are [SharedFact]s).
/// </summary>
public sealed class VerifyCorpusFixture : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StatementIndex? _index;

    public VerifyCorpusFixture()
    {
        if (!SharedData.Available)
        {
            return;
        }

        var mfa = Directory.GetFiles(SharedData.SharedPath("corpora", "china-mfa"), "*.html").Order(StringComparer.Ordinal).Take(12);
        var briefings = Directory.GetFiles(SharedData.SharedPath("corpora", "wh-briefings", "press-briefings", "2022-06"), "*.md").Order(StringComparer.Ordinal).Take(2);
        string[] files = [.. mfa, .. briefings, SharedData.SharedPath("corpora", "seeds")];
        var corpus = new CorpusLoader().Load(files);
        new IndexBuilder(_folder.Path).Build(corpus, CorpusSnapshot.Take(files));
        Statements = corpus.Documents.SelectMany(d => d.Statements).ToArray();
        _index = StatementIndex.Open(_folder.Path);
        Verifier = new QuoteVerifier(_index);
        Tracker = new PhraseTracker(_index);
    }

    public IReadOnlyList<Statement> Statements { get; } = [];

    public QuoteVerifier Verifier { get; } = null!;

    public PhraseTracker Tracker { get; } = null!;

    public void Dispose()
    {
        _index?.Dispose();
        _folder.Dispose();
    }
}
