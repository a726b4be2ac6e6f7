using StatementBot.Benchmarks.Fts5;
using StatementBot.Benchmarks.KnownItems;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;
using Xunit.Abstractions;

namespace StatementBot.Benchmarks.Tests.KnownItems;

/// <summary>
/// Known-item retrieval on the whole shared corpus: /quote finds a paragraph from its rarest words at least as well as
/// SQLite FTS5 does over the same statements (mean reciprocal rank in the first ten), and the committed set is what
/// the generator makes from the corpus files.
/// </summary>
public sealed class KnownItemRetrievalTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "known-items-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [SharedFact]
    public void Measure_WholeSharedCorpus_StatementBotMrrAtTenIsAtLeastFts5s()
    {
        var set = KnownItemSet.Read(Path.Combine(SharedData.RepoRoot, KnownItemSet.DefaultPath));
        var roots = new[] { SharedData.Corpora };
        var corpus = new CorpusLoader().Load(roots);
        var indexRoot = Path.Combine(_folder, "lucene");
        new IndexBuilder(indexRoot).Build(corpus, CorpusSnapshot.Take(roots));
        var fts5 = Fts5Index.Build(Path.Combine(_folder, "fts5.db"), corpus.Documents.SelectMany(d => d.Statements).Where(IsIndexable), corpus.Speakers);
        var (inCorpus, indexed) = KnownItemBench.Coverage(set.Items, corpus);

        using var index = StatementIndex.Open(indexRoot);
        var router = CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index));
        using var searcher = fts5.OpenSearcher();
        var figures = KnownItemBench.Measure(
            set,
            inCorpus,
            indexed.Count,
            request => KnownItemBench.FirstHits(request, page => router.Handle(page).Hits.Select(h => (h.Path, h.Text)).ToArray()),
            request => KnownItemBench.FirstHits(request, page => searcher.Quote(page).Hits.Select(h => searcher.Source(h.Row)).OfType<(string, string)>().ToArray()));

        output.WriteLine($"Known items: {figures.Evaluated} ({figures.Indexed} with their fragment in an indexed statement)");
        output.WriteLine($"MRR@10 StatementBot {figures.StatementBot.Mrr10:0.000}, FTS5 {figures.Fts5.Mrr10:0.000}");
        Assert.Equal(set.Items.Count, figures.Evaluated);
        Assert.True(figures.Indexed >= set.Items.Count * 0.8, $"only {figures.Indexed} of {set.Items.Count} fragments are in an indexed statement");
        Assert.True(figures.Fts5.Mrr10 > 0.5, $"FTS5 MRR@10 {figures.Fts5.Mrr10:0.000}: the set or the relevance check is broken");
        Assert.True(
            figures.StatementBot.Mrr10 >= figures.Fts5.Mrr10,
            $"MRR@10 StatementBot {figures.StatementBot.Mrr10:0.000} < FTS5 {figures.Fts5.Mrr10:0.000}; ranked lower than FTS5 ranks them: " +
            string.Join("; ", figures.Ranks.Where(r => r.Fts5 is { } f && (r.StatementBot ?? 99) > f).Take(15).Select(r => $"line {r.Line}: {r.Query} ({r.StatementBot?.ToString() ?? "-"} vs {r.Fts5})")));
    }

    [SharedFact]
    public void Generate_SharedCorpusWithTheCommittedSeed_MakesTheCommittedSet()
    {
        var committed = KnownItemSet.Read(Path.Combine(SharedData.RepoRoot, KnownItemSet.DefaultPath)).Items;

        var made = new KnownItemGenerator(KnownItemGenerator.DefaultSeed).Generate(SharedData.Corpora, committed.Count);

        Assert.Equal(committed.Select(i => (i.Path, i.Fragment, i.Query)), made.Select(i => (i.Path, i.Fragment, i.Query)));
    }

    private static bool IsIndexable(Statement statement) =>
        !string.IsNullOrWhiteSpace(statement.Text) && !string.IsNullOrWhiteSpace(statement.Speaker);
}
