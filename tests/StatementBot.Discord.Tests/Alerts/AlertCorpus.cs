using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Alerts;

/// <summary>
/// A corpus folder that grows during a test (the seed documents first, then White House briefings from ../shared,
/// copied in at run time) and an index folder rebuilt from it, as `statementbot index` does.
/// </summary>
public sealed class AlertCorpus : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("statementbot-alerts-");

    public AlertCorpus()
    {
        Directory.CreateDirectory(Corpus);
        foreach (var seed in Directory.GetFiles(SharedData.DefaultCorpus))
        {
            File.Copy(seed, Path.Combine(Corpus, Path.GetFileName(seed)));
        }
    }

    public string Corpus => Path.Combine(_folder.FullName, "corpus");

    public string IndexRoot => Path.Combine(_folder.FullName, "index");

    /// <summary>A briefing of January 2021 (press-briefings/2021-01), by the start of its file name.</summary>
    public void AddBriefing(string startsWith)
    {
        var folder = SharedData.SharedPath("corpora", "wh-briefings", "press-briefings", "2021-01");
        var file = Directory.GetFiles(folder).Single(f => Path.GetFileName(f).StartsWith(startsWith, StringComparison.Ordinal));
        File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
    }

    /// <summary>Builds and publishes a new index generation from the corpus as it is now.</summary>
    public void Build()
    {
        var snapshot = CorpusSnapshot.Take([Corpus]);
        new IndexBuilder(IndexRoot).Build(new CorpusLoader().Load([Corpus]), snapshot);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
