using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Commands.Routing;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Verify;

/// <summary>
/// The real router (<see cref="CommandSet"/>) over six Foreign Ministry press conferences and the seed documents of
/// the shared corpora, indexed at test time; their statements are kept to quote from.
/// </summary>
public sealed class VerifyRouterFixture : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("statementbot-verify-");
    private readonly StatementIndex? _index;

    public VerifyRouterFixture()
    {
        if (!SharedData.Available)
        {
            return;
        }

        var mfa = System.IO.Directory.GetFiles(SharedData.SharedPath("corpora", "china-mfa"), "*.html").Order(StringComparer.Ordinal).Take(6);
        string[] files = [.. mfa, SharedData.SharedPath("corpora", "seeds")];
        var corpus = new CorpusLoader().Load(files);
        new IndexBuilder(_folder.FullName).Build(corpus, CorpusSnapshot.Take(files));
        Statements = corpus.Documents.SelectMany(d => d.Statements).ToArray();
        _index = StatementIndex.Open(_folder.FullName);
        Searcher = new StatementSearcher(_index);
        Router = CommandSet.CreateRouter(Searcher, new SpeakerDirectory(_index));
    }

    public StatementSearcher? Searcher { get; }

    public CommandRouter Router { get; } = null!;

    public IReadOnlyList<Statement> Statements { get; } = [];

    /// <summary>A long statement by a named person, and another statement to take replacement words from.</summary>
    public (Statement Said, Statement Donor) Sample()
    {
        var long_ = Statements.Where(s => !s.ByOrganisation && Misquote.Count(s.Text) >= 45).ToArray();
        return (long_[long_.Length / 3], long_[long_.Length * 2 / 3]);
    }

    public void Dispose()
    {
        _index?.Dispose();
        _folder.Delete(recursive: true);
    }
}
