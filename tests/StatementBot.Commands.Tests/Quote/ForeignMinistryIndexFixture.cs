using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Quote;

/// <summary>
/// Two of Geng Shuang's press conferences (18 February 2019, 6 December 2018) indexed into a temp folder: in both he
/// is asked about Huawei, and some of his answers do not say the word.
/// </summary>
public sealed class ForeignMinistryIndexFixture : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("statementbot-commands-");
    private readonly StatementIndex? _index;

    public ForeignMinistryIndexFixture()
    {
        if (!SharedData.Available)
        {
            return;
        }

        string[] files = [SharedData.SharedPath("corpora", "china-mfa", "t1638791.html"), SharedData.SharedPath("corpora", "china-mfa", "t1619623.html")];
        new IndexBuilder(_folder.FullName).Build(new CorpusLoader().Load(files), CorpusSnapshot.Take(files));
        _index = StatementIndex.Open(_folder.FullName);
        Searcher = new StatementSearcher(_index);
        Directory = new SpeakerDirectory(_index);
    }

    public StatementSearcher Searcher { get; } = null!;

    public SpeakerDirectory Directory { get; } = null!;

    public void Dispose()
    {
        _index?.Dispose();
        _folder.Delete(recursive: true);
    }
}
