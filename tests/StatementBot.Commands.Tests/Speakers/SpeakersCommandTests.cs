using System.Text.Json;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Speakers;

/// <summary>/speakers and titles in /speaker over a small real index: White House remarks and a briefing of June 2022.</summary>
public sealed class SpeakersCommandTests : IDisposable
{
    private static readonly string[] Documents =
    [
        "wh-briefings/speeches-remarks/2022-06/2022-06-01-remarks-by-vice-president-harris-at-global-water-security-white-house-action-plan-event.md",
        "wh-briefings/speeches-remarks/2022-06/2022-06-03-remarks-by-vice-president-harris-at-the-90th-annual-meeting-of-the-u-s-conference-of-mayors.md",
        "wh-briefings/speeches-remarks/2022-06/2022-06-07-remarks-by-vice-president-harris-at-a-call-to-action-roundtable-with-ceos.md",
        "wh-briefings/speeches-remarks/2022-06/2022-06-08-remarks-by-vice-president-harris-at-ceo-summit-on-progress-made-addressing-the-root-causes-of-migration.md",
        "wh-briefings/press-briefings/2022-06/2022-06-01-press-briefing-by-press-secretary-karine-jean-pierre-june-1-2022.md",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-speakers-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lazy<(StatementIndex Index, CommandRouter Router)> _open;

    public SpeakersCommandTests()
    {
        _open = new Lazy<(StatementIndex, CommandRouter)>(() =>
        {
            var paths = Documents.Select(d => Path.Combine(SharedData.Corpora, d)).ToArray();
            new IndexBuilder(_folder).Build(new CorpusLoader().Load(paths), CorpusSnapshot.Take(paths));
            var index = StatementIndex.Open(_folder);
            return (index, CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index)));
        });
    }

    private CommandRouter Router => _open.Value.Router;

    [SharedFact]
    public void Handle_NoFilter_ListsSpeakersMostStatementsFirstWithRoleDates()
    {
        var reply = Router.Handle(new CommandRequest("speakers"));

        Assert.False(reply.IsError, reply.Title);
        var rows = reply.Sections.Single().Facts;
        Assert.StartsWith("Karine Jean-Pierre — ", rows[0].Name, StringComparison.Ordinal);
        // These documents write only "Vice President Harris"; the turns the water event left unnamed are hers too.
        Assert.Contains(rows, r => r.Name.Contains("Harris — ", StringComparison.Ordinal) && r.Value.Contains("Vice President (2022-06-01 – 2022-06-08)", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Name.StartsWith("Vice President", StringComparison.Ordinal));

        var json = JsonSerializer.Serialize(reply.Data);
        Assert.Contains("\"Statements\":", json, StringComparison.Ordinal);
        Assert.Contains("\"First\":\"2022-06-01\"", json, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Handle_FilterOnARole_KeepsOnlyThoseWithIt()
    {
        var reply = Router.Handle(new CommandRequest("speakers", ("filter", "press secretary")));

        var rows = reply.Sections.Single().Facts;
        Assert.Contains(rows, r => r.Name.StartsWith("Karine Jean-Pierre", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Name.Contains("Harris", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Handle_FilterNobodyHas_SaysSoWithoutError()
    {
        var reply = Router.Handle(new CommandRequest("speakers", ("filter", "astronaut")));

        Assert.False(reply.IsError);
        Assert.Equal("No speaker's name, alias or role contains “astronaut”.", reply.Summary);
        Assert.Empty(reply.Sections.Single().Facts);
    }

    [SharedFact]
    public void Speaker_TheVicePresident_IsHerWithTheTurnsTheWaterEventLeftUnnamed()
    {
        var reply = Router.Handle(new CommandRequest("speaker", ("name", "the vice president")));

        Assert.False(reply.IsError, reply.Title);
        Assert.EndsWith("Harris", reply.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Facts, f => f.Name == "Statements" && !f.Value.StartsWith("0 ", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (_open.IsValueCreated)
        {
            _open.Value.Index.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
