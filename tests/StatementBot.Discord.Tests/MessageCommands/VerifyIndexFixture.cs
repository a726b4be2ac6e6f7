using StatementBot.Commands.Routing;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.MessageCommands;

/// <summary>
/// The real command router over four Foreign Ministry press conferences and the seed documents of the shared
/// corpora, indexed at test time, with a misquote of one of its statements (two words changed, one dropped).
/// </summary>
public sealed class VerifyIndexFixture : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("statementbot-discord-verify-");
    private readonly StatementIndex? _index;

    public VerifyIndexFixture()
    {
        if (!SharedData.Available)
        {
            return;
        }

        var mfa = Directory.GetFiles(SharedData.SharedPath("corpora", "china-mfa"), "*.html").Order(StringComparer.Ordinal).Take(4);
        string[] files = [.. mfa, SharedData.SharedPath("corpora", "seeds")];
        var corpus = new CorpusLoader().Load(files);
        new IndexBuilder(_folder.FullName).Build(corpus, CorpusSnapshot.Take(files));
        _index = StatementIndex.Open(_folder.FullName);
        Router = CommandSet.CreateRouter(new StatementSearcher(_index), new SpeakerDirectory(_index));
        var long_ = corpus.Documents.SelectMany(d => d.Statements).Where(s => !s.ByOrganisation && Misquote.Count(s.Text) >= 45).ToArray();
        Said = long_[long_.Length / 2];
        Claim = Misquote.Edit(Misquote.Words(Said.Text, 5, 20), long_[0].Text, Misquote.Changed, Misquote.Dropped);
    }

    public CommandRouter Router { get; } = null!;

    /// <summary>The statement misquoted.</summary>
    public Statement Said { get; } = null!;

    /// <summary>Twenty of its words with two changed and one dropped.</summary>
    public string Claim { get; } = "";

    public void Dispose()
    {
        _index?.Dispose();
        _folder.Delete(recursive: true);
    }
}
