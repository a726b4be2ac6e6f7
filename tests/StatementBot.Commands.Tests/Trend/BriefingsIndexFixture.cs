using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Trend;

/// <summary>
/// White House briefings of March and June 2022 (Jen Psaki, Cecilia Rouse, Karine Jean-Pierre and guests) and a Wikinews
/// article that credits an organisation, indexed on first use, with the router every front end calls.
/// </summary>
public sealed class BriefingsIndexFixture : IDisposable
{
    private static readonly string[] Documents =
    [
        "wh-briefings/press-briefings/2022-03/2022-03-04-press-briefing-by-press-secretary-jen-psaki-and-chair-of-the-council-of-economic-advisers-cecilia-rouse-march-4-2022.md",
        "wh-briefings/press-briefings/2022-03/2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-01-press-briefing-by-press-secretary-karine-jean-pierre-june-1-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-06-press-briefing-by-press-secretary-karine-jean-pierre-june-6-2022.md",
        "wh-briefings/press-briefings/2022-06/2022-06-07-press-briefing-by-press-secretary-karine-jean-pierre-and-matthew-mcconaughey.md",
        "wikinews/2019-12-14-greta-thunberg-named-2019-time-person-of-the-year.txt",
    ];

    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("statementbot-trend-");
    private readonly Lazy<(StatementIndex Index, CommandRouter Router)> _open;

    public BriefingsIndexFixture()
    {
        _open = new(() =>
        {
            var paths = Documents.Select(d => Path.Combine(SharedData.Corpora, d)).ToArray();
            new IndexBuilder(_folder.FullName).Build(new CorpusLoader().Load(paths), CorpusSnapshot.Take(paths));
            var index = StatementIndex.Open(_folder.FullName);
            return (index, CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index)));
        });
    }

    public CommandRouter Router => _open.Value.Router;

    public StatementSearcher Searcher => new(_open.Value.Index);

    public void Dispose()
    {
        if (_open.IsValueCreated)
        {
            _open.Value.Index.Dispose();
        }

        _folder.Delete(recursive: true);
    }
}
